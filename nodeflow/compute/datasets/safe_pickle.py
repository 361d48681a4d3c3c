"""Read the data in a pickle without unpickling it: no code from the file ever runs.

CIFAR-10's "python version" batches are pickles of a dict of a NumPy array and lists. Python's
`pickle.load` would call whatever the file names (a pickle can say "call os.system with this
text"), so it is never used. This is a small interpreter of the pickle opcodes that build
plain data: numbers, text, bytes, lists, tuples and dicts, plus NumPy arrays described the
two ways NumPy pickles them (`_reconstruct` + state, and protocol 5's `_frombuffer`) and
NumPy numbers (`scalar`). Those
few names are not called either: the interpreter recognises them and builds the array from
the bytes itself, with a dtype that must be a plain number type. Any other name the file asks
for (a class, a function) is refused, naming it.
"""

from __future__ import annotations

import struct

import numpy as np

MAX_PICKLE_ITEMS = 10_000_000
"""Opcodes run at most (a batch of CIFAR-10 needs about 20,000)."""

_ARRAY_NAMES = {
    ("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "_reconstruct"),
}
_SCALAR_NAMES = {("numpy.core.multiarray", "scalar"), ("numpy._core.multiarray", "scalar")}
_FROMBUFFER_NAMES = {("numpy.core.numeric", "_frombuffer"), ("numpy._core.numeric", "_frombuffer")}
_MARKERS = {("numpy", "ndarray"), ("numpy", "dtype"), ("_codecs", "encode")}
_PLAIN_KINDS = "biuf"


class PickleRefused(ValueError):
    """The pickle holds something other than plain data; the message says what."""


class _Global:
    def __init__(self, module: str, name: str) -> None:
        self.key = (module, name)


class _Array:
    """An array being built: `_reconstruct(ndarray, shape, code)`, then BUILD sets its state."""

    value: np.ndarray | None = None


class _Dtype:
    def __init__(self, code: str) -> None:
        self.code = code
        self.order = "="


_MARK = object()


def _dtype_of(obj: object) -> np.dtype:
    if isinstance(obj, _Dtype):
        code = obj.code
        dtype = np.dtype(code)
        if obj.order in "<>":
            dtype = dtype.newbyteorder(obj.order)
    elif isinstance(obj, (str, bytes)):
        dtype = np.dtype(obj.decode("latin1") if isinstance(obj, bytes) else obj)
    else:
        raise PickleRefused("an array has a dtype that is not a plain number type")
    if dtype.kind not in _PLAIN_KINDS or dtype.fields is not None or dtype.subdtype is not None:
        raise PickleRefused(f"an array holds {dtype} values; only plain numbers are read")
    return dtype


def _call(func: object, args: tuple) -> object:
    """REDUCE: only the recognised NumPy constructors, and latin-1 text to bytes; built here."""
    if not isinstance(func, _Global):
        raise PickleRefused("it calls something that is not a known NumPy constructor")
    key = func.key
    if key in _ARRAY_NAMES:
        return _Array()
    if key == ("numpy", "dtype"):
        if not args or not isinstance(args[0], (str, bytes)):
            raise PickleRefused("a dtype without a type code")
        code = args[0].decode("latin1") if isinstance(args[0], bytes) else args[0]
        _dtype_of(_Dtype(code))
        return _Dtype(code)
    if key == ("_codecs", "encode"):
        if len(args) == 2 and isinstance(args[0], str) and args[1] in ("latin1", "latin-1"):
            return args[0].encode("latin1")
        raise PickleRefused("_codecs.encode with something other than latin-1 text")
    if key in _SCALAR_NAMES:  # one NumPy number: scalar(dtype, its bytes)
        if len(args) != 2 or not isinstance(args[1], (bytes, str)):
            raise PickleRefused("a NumPy number in an unknown layout")
        dtype = _dtype_of(args[0])
        raw = args[1].encode("latin1") if isinstance(args[1], str) else args[1]
        if len(raw) != dtype.itemsize:
            raise PickleRefused("a NumPy number whose bytes do not match its type")
        return np.frombuffer(raw, dtype=dtype)[0].item()
    if key in _FROMBUFFER_NAMES:
        if len(args) != 4 or not isinstance(args[0], (bytes, bytearray)) or not isinstance(args[2], tuple):
            raise PickleRefused("an array in an unknown layout")
        dtype = _dtype_of(args[1])
        shape = tuple(int(d) for d in args[2])
        count = int(np.prod(shape)) if shape else 1
        if count * dtype.itemsize != len(args[0]):
            raise PickleRefused("an array whose shape does not match its bytes")
        return np.frombuffer(bytes(args[0]), dtype=dtype).reshape(shape, order="F" if args[3] == "F" else "C")
    raise PickleRefused(f"it asks to call {key[0]}.{key[1]}")


def _build(obj: object, state: object) -> None:
    """BUILD: the state of an array (version, shape, dtype, fortran, bytes) or of a dtype."""
    if isinstance(obj, _Dtype):
        if isinstance(state, tuple) and len(state) >= 2 and isinstance(state[1], str):
            obj.order = state[1]
            _dtype_of(obj)
            return
        raise PickleRefused("a dtype with an unknown state")
    if isinstance(obj, _Array):
        if not (isinstance(state, tuple) and len(state) == 5):
            raise PickleRefused("an array with an unknown state")
        _version, shape, dtype_obj, fortran, data = state
        dtype = _dtype_of(dtype_obj)
        if isinstance(data, str):
            data = data.encode("latin1")
        if not isinstance(data, (bytes, bytearray)) or not isinstance(shape, tuple):
            raise PickleRefused("an array whose data are not bytes")
        shape = tuple(int(d) for d in shape)
        count = int(np.prod(shape)) if shape else 1
        if count * dtype.itemsize != len(data):
            raise PickleRefused(f"an array of shape {shape} whose bytes do not match it (damaged)")
        obj.value = np.frombuffer(bytes(data), dtype=dtype).reshape(shape, order="F" if fortran else "C")
        return
    raise PickleRefused("it sets the state of an object")


def _finish(obj: object) -> object:
    """Replace the array placeholders by their arrays, inside lists, tuples and dicts."""
    if isinstance(obj, _Array):
        if obj.value is None:
            raise PickleRefused("an array without data")
        return obj.value
    if isinstance(obj, (_Global, _Dtype)):
        raise PickleRefused("a type or function where data were expected")
    if isinstance(obj, list):
        return [_finish(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_finish(v) for v in obj)
    if isinstance(obj, dict):
        return {_finish(k): _finish(v) for k, v in obj.items()}
    return obj


def read_plain_pickle(data: bytes) -> object:
    """The plain data a pickle holds (dicts, lists, numbers, text, bytes, NumPy number arrays).

    Raises PickleRefused saying what else it asks for, or that the bytes are not a pickle.
    """
    stack: list[object] = []
    marks: list[int] = []
    memo: dict[int, object] = {}
    pos = 0
    end = len(data)

    def take(n: int) -> bytes:
        nonlocal pos
        if pos + n > end:
            raise PickleRefused("the file ends in the middle of the data (truncated)")
        chunk = data[pos:pos + n]
        pos += n
        return chunk

    def line() -> str:
        nonlocal pos
        stop = data.find(b"\n", pos)
        if stop < 0:
            raise PickleRefused("the file ends in the middle of the data (truncated)")
        text = data[pos:stop].decode("latin1")
        pos = stop + 1
        return text

    def pop_mark() -> list[object]:
        if not marks:
            raise PickleRefused("it is damaged (a missing mark)")
        at = marks.pop()
        items = stack[at:]
        del stack[at:]
        return items

    def pop() -> object:
        if not stack:
            raise PickleRefused("it is damaged (an empty stack)")
        return stack.pop()

    for _ in range(MAX_PICKLE_ITEMS):
        op = take(1)[0]
        if op == 0x80:  # PROTO
            take(1)
        elif op == 0x95:  # FRAME
            take(8)
        elif op == 0x2E:  # STOP
            if len(stack) != 1:
                raise PickleRefused("it is damaged (the data do not end in one value)")
            return _finish(stack[0])
        elif op == 0x28:  # MARK
            marks.append(len(stack))
        elif op == 0x7D:  # EMPTY_DICT
            stack.append({})
        elif op == 0x5D:  # EMPTY_LIST
            stack.append([])
        elif op == 0x29:  # EMPTY_TUPLE
            stack.append(())
        elif op == 0x74:  # TUPLE
            stack.append(tuple(pop_mark()))
        elif op in (0x85, 0x86, 0x87):  # TUPLE1..3
            n = op - 0x84
            if len(stack) < n:
                raise PickleRefused("it is damaged (an empty stack)")
            items = tuple(stack[-n:])
            del stack[-n:]
            stack.append(items)
        elif op == 0x6C:  # LIST
            stack.append(pop_mark())
        elif op == 0x64:  # DICT
            items = pop_mark()
            stack.append(dict(zip(items[::2], items[1::2], strict=False)))
        elif op == 0x61:  # APPEND
            value = pop()
            target = stack[-1] if stack else None
            if not isinstance(target, list):
                raise PickleRefused("it appends to something that is not a list")
            target.append(value)
        elif op == 0x65:  # APPENDS
            items = pop_mark()
            target = stack[-1] if stack else None
            if not isinstance(target, list):
                raise PickleRefused("it appends to something that is not a list")
            target.extend(items)
        elif op == 0x73:  # SETITEM
            value, key = pop(), pop()
            target = stack[-1] if stack else None
            if not isinstance(target, dict):
                raise PickleRefused("it sets an item of something that is not a dict")
            target[_hashable(key)] = value
        elif op == 0x75:  # SETITEMS
            items = pop_mark()
            target = stack[-1] if stack else None
            if not isinstance(target, dict):
                raise PickleRefused("it sets an item of something that is not a dict")
            for k, v in zip(items[::2], items[1::2], strict=False):
                target[_hashable(k)] = v
        elif op == 0x4A:  # BININT
            stack.append(struct.unpack("<i", take(4))[0])
        elif op == 0x4B:  # BININT1
            stack.append(take(1)[0])
        elif op == 0x4D:  # BININT2
            stack.append(struct.unpack("<H", take(2))[0])
        elif op == 0x8A:  # LONG1
            n = take(1)[0]
            stack.append(int.from_bytes(take(n), "little", signed=True))
        elif op == 0x49:  # INT (text; also True/False as 01/00)
            text = line()
            stack.append(True if text == "01" else False if text == "00" else int(text))
        elif op == 0x4E:  # NONE
            stack.append(None)
        elif op == 0x88:  # NEWTRUE
            stack.append(True)
        elif op == 0x89:  # NEWFALSE
            stack.append(False)
        elif op == 0x47:  # BINFLOAT
            stack.append(struct.unpack(">d", take(8))[0])
        elif op == 0x55:  # SHORT_BINSTRING (Python 2 str: bytes)
            stack.append(take(take(1)[0]))
        elif op == 0x54:  # BINSTRING
            stack.append(take(struct.unpack("<I", take(4))[0]))
        elif op == 0x43:  # SHORT_BINBYTES
            stack.append(take(take(1)[0]))
        elif op == 0x42:  # BINBYTES
            stack.append(take(struct.unpack("<I", take(4))[0]))
        elif op == 0x8E:  # BINBYTES8
            stack.append(take(struct.unpack("<Q", take(8))[0]))
        elif op == 0x96:  # BYTEARRAY8
            stack.append(bytearray(take(struct.unpack("<Q", take(8))[0])))
        elif op == 0x58:  # BINUNICODE
            stack.append(_text(take(struct.unpack("<I", take(4))[0])))
        elif op == 0x8C:  # SHORT_BINUNICODE
            stack.append(_text(take(take(1)[0])))
        elif op == 0x8D:  # BINUNICODE8
            stack.append(_text(take(struct.unpack("<Q", take(8))[0])))
        elif op == 0x71:  # BINPUT
            memo[take(1)[0]] = stack[-1] if stack else None
        elif op == 0x72:  # LONG_BINPUT
            memo[struct.unpack("<I", take(4))[0]] = stack[-1] if stack else None
        elif op == 0x94:  # MEMOIZE
            memo[len(memo)] = stack[-1] if stack else None
        elif op in (0x68, 0x6A):  # BINGET, LONG_BINGET
            key = take(1)[0] if op == 0x68 else struct.unpack("<I", take(4))[0]
            if key not in memo:
                raise PickleRefused("it is damaged (a reference to nothing)")
            stack.append(memo[key])
        elif op == 0x63:  # GLOBAL
            stack.append(_global(line(), line()))
        elif op == 0x93:  # STACK_GLOBAL
            name, module = pop(), pop()
            if not isinstance(module, str) or not isinstance(name, str):
                raise PickleRefused("it is damaged (a name that is not text)")
            stack.append(_global(module, name))
        elif op == 0x52:  # REDUCE
            args, func = pop(), pop()
            if not isinstance(args, tuple):
                raise PickleRefused("it is damaged (call arguments that are not a tuple)")
            stack.append(_call(func, args))
        elif op == 0x62:  # BUILD
            state = pop()
            if not stack:
                raise PickleRefused("it is damaged (an empty stack)")
            _build(stack[-1], state)
        else:
            raise PickleRefused(f"it uses the pickle instruction {op:#04x}, which is not plain data")
    raise PickleRefused("it is too long to be a data file")


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        raise PickleRefused("it holds text that is not UTF-8 (damaged)") from None


def _hashable(key: object) -> object:
    if isinstance(key, (str, bytes, int, float, bool, type(None))):
        return key
    raise PickleRefused("a dict key that is not plain text or a number")


def _global(module: str, name: str) -> _Global:
    key = (module, name)
    if key in _ARRAY_NAMES or key in _FROMBUFFER_NAMES or key in _SCALAR_NAMES or key in _MARKERS:
        return _Global(module, name)
    raise PickleRefused(f"it asks for {module}.{name}, which could run code; only plain data are read")
