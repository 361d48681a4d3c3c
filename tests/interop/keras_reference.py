"""Keras layers as its documentation defines them, in plain NumPy (channels-last images), to
compute what an imported model must predict."""

from __future__ import annotations

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def relu(x):
    return np.maximum(x, 0)


def dense(x, kernel, bias):
    return x @ kernel + bias


def conv2d_nhwc(x, kernel, bias, stride=1, padding="valid"):
    """x (N, H, W, C), kernel (kh, kw, C, F): cross-correlation, 'same' pads (k - 1) // 2 at stride 1."""
    k = kernel.shape[0]
    if padding == "same":
        p = (k - 1) // 2
        x = np.pad(x, ((0, 0), (p, k - 1 - p), (p, k - 1 - p), (0, 0)))
    n, h, w, _ = x.shape
    oh, ow = (h - k) // stride + 1, (w - k) // stride + 1
    out = np.zeros((n, oh, ow, kernel.shape[3]))
    for i in range(k):
        for j in range(k):
            patch = x[:, i : i + stride * oh : stride, j : j + stride * ow : stride, :]
            out += patch @ kernel[i, j]
    return out + bias


def maxpool_nhwc(x, size=2, stride=2):
    n, h, w, c = x.shape
    oh, ow = (h - size) // stride + 1, (w - size) // stride + 1
    out = np.full((n, oh, ow, c), -np.inf)
    for i in range(size):
        for j in range(size):
            out = np.maximum(out, x[:, i : i + stride * oh : stride, j : j + stride * ow : stride, :])
    return out


def batchnorm(x, gamma, beta, mean, var, eps):
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def lstm(x, kernel, recurrent, bias, return_sequences=False):
    """Keras LSTM: gates i, f, c, o; h = o * tanh(c)."""
    n, t, _ = x.shape
    units = recurrent.shape[0]
    h, c = np.zeros((n, units)), np.zeros((n, units))
    hs = []
    for step in range(t):
        z = x[:, step] @ kernel + h @ recurrent + bias
        i, f, g, o = np.split(z, 4, axis=-1)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        hs.append(h)
    return np.stack(hs, axis=1) if return_sequences else h


def gru(x, kernel, recurrent, bias, return_sequences=False):
    """Keras GRU with reset_after=True: gates z, r, h; bias (2, 3H) input and recurrent."""
    n, t, _ = x.shape
    units = recurrent.shape[0]
    h = np.zeros((n, units))
    hs = []
    for step in range(t):
        xz, xr, xh = np.split(x[:, step] @ kernel + bias[0], 3, axis=-1)
        hz, hr, hh = np.split(h @ recurrent + bias[1], 3, axis=-1)
        z, r = sigmoid(xz + hz), sigmoid(xr + hr)
        candidate = np.tanh(xh + r * hh)
        h = z * h + (1 - z) * candidate
        hs.append(h)
    return np.stack(hs, axis=1) if return_sequences else h


def simple_rnn(x, kernel, recurrent, bias, return_sequences=False):
    n, t, _ = x.shape
    h = np.zeros((n, recurrent.shape[0]))
    hs = []
    for step in range(t):
        h = np.tanh(x[:, step] @ kernel + h @ recurrent + bias)
        hs.append(h)
    return np.stack(hs, axis=1) if return_sequences else h
