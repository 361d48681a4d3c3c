<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../help.py" line="+185"/>
        <source>About nodeflow</source>
        <translation>nodeflow 정보</translation>
    </message>
</context>
<context>
    <name>BlockLibrary</name>
    <message>
        <location filename="../../blocks/__init__.py" line="+37"/>
        <source>Residual block</source>
        <translation>잔차 블록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conv–BN–ReLU</source>
        <translation>Conv–BN–ReLU 단위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLP head</source>
        <translation>MLP 헤드</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A 3x3 convolution (16 filters, &apos;same&apos; padding), batch normalisation and ReLU: the unit most CNNs stack.</source>
        <translation>3x3 합성곱(필터 16개, &apos;same&apos; 패딩), 배치 정규화, ReLU: 대부분의 CNN이 쌓아 올리는 단위입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flatten, Dense 64, ReLU, Dense 10: the classifier at the end of a CNN (add Softmax and CrossEntropy after it).</source>
        <translation>Flatten, Dense 64, ReLU, Dense 10: CNN 끝에 붙는 분류기입니다 (뒤에 Softmax와 CrossEntropy를 붙이세요).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two Dense layers of 32 with a skip connection: out = ReLU(x + Dense(ReLU(Dense(x)))). The input must have 32 features, as the Add needs the same shape on both sides.</source>
        <translation>건너뛰는 연결이 있는 32 유닛 Dense 층 두 개: out = ReLU(x + Dense(ReLU(Dense(x)))). Add는 양쪽에 같은 모양이 필요하므로 입력의 특성은 32개여야 합니다.</translation>
    </message>
</context>
<context>
    <name>BlockSession</name>
    <message>
        <location filename="../canvas/block_session.py" line="+57"/>
        <source>{edit} (in {block})</source>
        <translation>{edit} ({block} 안에서)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit block {block}</source>
        <translation>{block} 블록 편집</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{node} is not a block</source>
        <translation>{node}은(는) 블록이 아닙니다</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not changed: {reason}</source>
        <translation>바꾸지 않았습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <location filename="../canvas/actions.py" line="+39"/>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selection to the clipboard and delete it (its wires go with it)</source>
        <translation>선택한 것을 클립보드에 복사하고 지웁니다 (연결선도 함께 지워집니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the copied nodes at the mouse pointer</source>
        <translation>복사한 노드를 마우스 포인터 위치에 붙여넣습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate &amp;Linked</source>
        <translation>연결된 복제(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second use of the selected layer that shares its weights (one set of weights used twice, as a siamese network needs); Blender&apos;s Alt+D</source>
        <translation>선택한 층을 가중치를 공유한 채 한 번 더 씁니다 (샴 신경망처럼 한 벌의 가중치를 두 번 사용); Blender의 Alt+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bypass</source>
        <translation>우회(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected nodes pass their input through unchanged (press M again to take it off): train without a Dropout or a BatchNorm and compare</source>
        <translation>선택한 노드가 입력을 그대로 통과시킵니다 (M을 다시 누르면 해제): Dropout이나 BatchNorm 없이 학습해 비교해 보세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make &amp;Block</source>
        <translation>블록 만들기(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse the selected nodes into one block card whose ports are the wires that crossed the selection (it trains as the nodes it holds)</source>
        <translation>선택한 노드를 하나의 블록 카드로 접습니다. 선택 경계를 넘던 연결이 블록의 포트가 됩니다 (담긴 노드 그대로 학습합니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ungroup Block</source>
        <translation>블록 풀기(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected block&apos;s nodes back on the canvas, wired as its ports were</source>
        <translation>선택한 블록의 노드를 캔버스에 다시 펼칩니다. 연결은 블록의 포트대로 이어집니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Enter Block	Tab</source>
        <translation>블록 안으로 들어가기(&amp;E)	Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected block&apos;s inside: its nodes and wires, between cards for its inputs and outputs (double-clicking the card does it too)</source>
        <translation>선택한 블록의 안쪽을 편집합니다: 입력 카드와 출력 카드 사이의 노드와 연결선 (카드를 더블클릭해도 됩니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Leave Block	Esc</source>
        <translation>블록에서 나가기(&amp;L)	Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from a block&apos;s inside to the graph</source>
        <translation>블록 안쪽에서 그래프로 돌아갑니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Block to Li&amp;brary…</source>
        <translation>블록을 라이브러리에 저장(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the selected block in your block library: the palette&apos;s Blocks lists it, to place as often as you like (each placement owns a copy)</source>
        <translation>선택한 블록을 내 블록 라이브러리에 보관합니다: 팔레트의 블록 목록에 나타나며 원하는 만큼 놓을 수 있습니다 (놓을 때마다 자기 사본을 가집니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete and &amp;Reconnect</source>
        <translation>삭제 후 다시 연결(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected nodes and wire what fed them to what they fed, so the chain stays connected (Blender&apos;s Ctrl+X); the nodes also go to the clipboard</source>
        <translation>선택한 노드를 지우고, 그 노드에 들어오던 것을 그 노드가 내보내던 곳에 이어서 사슬이 끊기지 않게 합니다 (Blender의 Ctrl+X). 지운 노드는 클립보드에도 들어갑니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name…</source>
        <translation>이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected node (its wires follow) or frame</source>
        <translation>선택한 노드(연결선은 그대로 따라갑니다)나 프레임의 이름을 바꿉니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Same &amp;Type</source>
        <translation>같은 종류 선택(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select every node of the selected nodes&apos; types</source>
        <translation>선택한 노드와 같은 종류의 노드를 모두 선택합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in a &amp;Frame</source>
        <translation>프레임으로 묶기(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a titled, coloured frame around the selected nodes; it moves with them</source>
        <translation>선택한 노드 둘레에 제목과 색이 있는 프레임을 그립니다. 프레임은 노드와 함께 움직입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Out of Frame</source>
        <translation>프레임에서 꺼내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut Wires	Ctrl+Right-drag</source>
        <translation>연결선 자르기	Ctrl+오른쪽 드래그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a line across wires to cut them (or choose this, then drag with the left button)</source>
        <translation>연결선을 가로질러 선을 그으면 잘립니다 (또는 이 항목을 고른 뒤 왼쪽 버튼으로 드래그)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Reroute Points	Shift+Right-drag</source>
        <translation>경유점 추가	Shift+오른쪽 드래그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a line across wires to add a bend point on each (double-click a wire adds one)</source>
        <translation>연결선을 가로질러 선을 그으면 각 연결선에 꺾는 점이 생깁니다 (연결선을 두 번 클릭해도 하나 생깁니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoom to Fit</source>
        <translation>전체 보기(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole graph: every card, wire and frame</source>
        <translation>그래프 전체를 보여 줍니다: 모든 카드, 연결선, 프레임</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Selection</source>
        <translation>선택 영역 보기(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected nodes</source>
        <translation>선택한 노드를 보여 줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto &amp;Layout</source>
        <translation>자동 배치(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay the graph out left to right by depth, with few crossing wires</source>
        <translation>그래프를 깊이 순서대로 왼쪽에서 오른쪽으로, 연결선이 적게 겹치도록 배치합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimap</source>
        <translation>미니맵(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole graph in a corner while part of it is off screen</source>
        <translation>그래프 일부가 화면 밖에 있을 때 구석에 전체 모습을 보여 줍니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute Horizontally</source>
        <translation>가로로 고르게 배치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal gaps between the selected nodes, left to right</source>
        <translation>선택한 노드 사이 간격을 왼쪽에서 오른쪽으로 같게 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute Vertically</source>
        <translation>세로로 고르게 배치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal gaps between the selected nodes, top to bottom</source>
        <translation>선택한 노드 사이 간격을 위에서 아래로 같게 합니다</translation>
    </message>
    <message>
        <location filename="../canvas/arrange.py" line="+14"/>
        <source>Align Left Edges</source>
        <translation>왼쪽 가장자리 맞춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align Centres (vertical line)</source>
        <translation>가운데 맞춤 (세로선)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align Right Edges</source>
        <translation>오른쪽 가장자리 맞춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align Top Edges</source>
        <translation>위쪽 가장자리 맞춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align Middles (horizontal line)</source>
        <translation>가운데 맞춤 (가로선)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align Bottom Edges</source>
        <translation>아래쪽 가장자리 맞춤</translation>
    </message>
</context>
<context>
    <name>CanvasEdits</name>
    <message>
        <location filename="../canvas/editing.py" line="+79"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove reroute point</source>
        <translation>경유점 제거</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} nodes</source>
        <translation>노드 {n}개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted {what}; its wires went with it ({gap} is now open).</source>
        <translation>{what}을(를) 지웠습니다. 연결선도 함께 지워졌습니다 ({gap} 연결이 이제 끊겨 있습니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect</source>
        <translation>다시 연결</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not reconnected, the shapes do not fit: {wires}</source>
        <translation>모양이 맞지 않아 다시 연결하지 않았습니다: {wires}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a {type} has no input and output to sit on a wire</source>
        <translation>{type}에는 연결선 위에 놓일 입력과 출력이 없습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not inserted on {wire}: {reason}</source>
        <translation>{wire}에 끼워 넣지 않았습니다: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The node&apos;s id: its wires follow; names must be unique</source>
        <translation>노드의 id입니다. 연결선은 그대로 따라가며, 이름은 겹치면 안 됩니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one node (or a frame) to rename</source>
        <translation>이름을 바꿀 노드(또는 프레임)를 하나 선택하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the nodes to bypass</source>
        <translation>우회할 노드를 선택하세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a layer to duplicate with linked weights</source>
        <translation>가중치를 공유해 복제할 층을 선택하세요</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select one block to ungroup</source>
        <translation>풀 블록을 하나 선택하세요</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select the nodes to put in a frame</source>
        <translation>프레임으로 묶을 노드를 선택하세요</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+48"/>
        <source>Add reroute point</source>
        <translation>경유점 추가</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cut {n} wires</source>
        <translation>연결선 {n}개 자르기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut 1 wire</source>
        <translation>연결선 1개 자르기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add reroute points</source>
        <translation>경유점 추가</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select two or more nodes to align</source>
        <translation>정렬할 노드를 두 개 이상 선택하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select three or more nodes to distribute</source>
        <translation>고르게 배치할 노드를 세 개 이상 선택하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribute horizontally</source>
        <translation>가로로 고르게 배치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribute vertically</source>
        <translation>세로로 고르게 배치</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Auto layout</source>
        <translation>자동 배치</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <location filename="../canvas/fixes.py" line="+26"/>
        <source>Insert {type}</source>
        <translation>{type} 끼워 넣기</translation>
    </message>
    <message>
        <location filename="../canvas/menus.py" line="+65"/>
        <source>&amp;Add Node</source>
        <translation>노드 추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search Nodes…	Tab</source>
        <translation>노드 검색…	Tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste Here</source>
        <translation>여기에 붙여넣기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix: {fix}</source>
        <translation>고치기: {fix}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change &amp;Type</source>
        <translation>종류 바꾸기(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;rrange</source>
        <translation>정렬(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change {node} to {type}</source>
        <translation>{node}을(를) {type}(으)로 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {n} nodes to {type}</source>
        <translation>노드 {n}개를 {type}(으)로 바꾸기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Insert Node Here</source>
        <translation>여기에 노드 끼워 넣기(&amp;I)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add Reroute Point Here	Double-click</source>
        <translation>여기에 경유점 추가	두 번 클릭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Reroute Points</source>
        <translation>경유점 모두 제거</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Wire</source>
        <translation>연결선 삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;name…	F2</source>
        <translation>이름 바꾸기(&amp;N)…	F2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;Note…</source>
        <translation>메모 편집(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour</source>
        <translation>색(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select Its Nodes</source>
        <translation>안의 노드 선택</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Frame (keep the nodes)	Del</source>
        <translation>프레임 제거(노드는 유지)(&amp;R)	Del</translation>
    </message>
    <message>
        <location filename="../layout_commands.py" line="+17"/>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grey</source>
        <translation>회색</translation>
    </message>
</context>
<context>
    <name>CanvasMessage</name>
    <message>
        <location filename="../canvas/message_bar.py" line="+44"/>
        <source>Dismiss (or just carry on: the next action on the canvas dismisses it)</source>
        <translation>닫기 (그냥 계속해도 됩니다: 캔버스에서 다음 작업을 하면 사라집니다)</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <location filename="../canvas/scene.py" line="+36"/>
        <source>The graph is locked while training: stop training to change its structure</source>
        <translation>학습하는 동안에는 그래프가 잠깁니다: 구조를 바꾸려면 학습을 중지하세요</translation>
    </message>
    <message>
        <location line="+411"/>
        <source>{node}: no incoming wire to insert a {type} on</source>
        <translation>{node}: {type}을(를) 끼워 넣을 들어오는 연결선이 없습니다</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../canvas/view.py" line="+63"/>
        <source>An empty graph.

Drag a node type from the Nodes panel, or press Tab (or double-click) to search.
Drag from a port to wire it; right-click for everything else.
File ▸ Examples has graphs that train.</source>
        <translation>빈 그래프입니다.

노드 패널에서 노드 종류를 끌어오거나, Tab(또는 두 번 클릭)으로 검색하세요.
포트에서 끌면 연결선이 생기고, 나머지는 오른쪽 클릭 메뉴에 있습니다.
파일 ▸ 예제에 바로 학습할 수 있는 그래프가 있습니다.</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+67"/>
        <source>Blocks inside blocks are not supported: Esc leaves this block</source>
        <translation>블록 안의 블록은 지원하지 않습니다: Esc로 이 블록에서 나가세요</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Select one block card to enter it</source>
        <translation>들어갈 블록 카드를 하나 선택하세요</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The block library has no block {key}</source>
        <translation>블록 라이브러리에 {key} 블록이 없습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one block card to save it to the library</source>
        <translation>라이브러리에 저장할 블록 카드를 하나 선택하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Block to Library</source>
        <translation>블록을 라이브러리에 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The block&apos;s name in the palette:</source>
        <translation>팔레트에 보일 블록 이름:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the block: {reason}</source>
        <translation>블록을 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {title} to the block library (the palette&apos;s Blocks)</source>
        <translation>{title}을(를) 블록 라이브러리(팔레트의 블록)에 저장했습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Esc leaves the block</source>
        <translation>Esc로 블록에서 나갑니다</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This file uses node types this nodeflow does not have: {types}. Their cards keep their parameters and wires and are saved unchanged; install the plugin that provides them to train.</source>
        <translation>이 파일은 이 nodeflow에 없는 노드 종류를 씁니다: {types}. 그 카드는 매개변수와 연결을 보존하고 바뀌지 않은 채 저장됩니다; 학습하려면 그 노드를 제공하는 플러그인을 설치하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some plugins were not loaded, and their node types are missing: {names}</source>
        <translation>일부 플러그인을 불러오지 못해 그 노드 종류가 없습니다: {names}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Remove reroute points</source>
        <translation>경유점 제거</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing selected to copy</source>
        <translation>복사할 것을 선택하지 않았습니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clipboard holds no nodeflow nodes</source>
        <translation>클립보드에 nodeflow 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot paste: {reason}</source>
        <translation>붙여넣을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Select the nodes to zoom to (Home shows everything)</source>
        <translation>확대해서 볼 노드를 선택하세요 (Home 키는 전체를 보여 줍니다)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Drag a line to cut the wires it crosses (Escape cancels)</source>
        <translation>선을 그어 가로지르는 연결선을 자르세요 (Esc로 취소)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a line to add a bend point on each wire it crosses (Escape cancels)</source>
        <translation>선을 그어 가로지르는 각 연결선에 꺾는 점을 추가하세요 (Esc로 취소)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Not inserted on {wire}: {reason}</source>
        <translation>{wire}에 끼워 넣지 않았습니다: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+160"/>
        <source>Insert {node} on {wire}</source>
        <translation>{wire}에 {node} 끼워 넣기</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{node} was not inserted on the wire: {reason}</source>
        <translation>{node}을(를) 연결선에 끼워 넣지 않았습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../canvas/clipboard.py" line="+39"/>
        <source>the clipboard holds no nodeflow nodes</source>
        <translation>클립보드에 nodeflow 노드가 없습니다</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../commands.py" line="+71"/>
        <source>a node named &apos;{node_id}&apos; already exists</source>
        <translation>이름이 &apos;{node_id}&apos;인 노드가 이미 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {type}</source>
        <translation>{type} 추가</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+130"/>
        <location filename="../edit_commands.py" line="+66"/>
        <source>{n} nodes</source>
        <translation>노드 {n}개</translation>
    </message>
    <message>
        <location line="-129"/>
        <location filename="../edit_commands.py" line="+2"/>
        <source>Delete {what}</source>
        <translation>{what} 삭제</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{n} wires</source>
        <translation>연결선 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect {what}</source>
        <translation>{what} 연결 끊기</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connect {wire}</source>
        <translation>{wire} 연결</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+217"/>
        <location filename="../edit_commands.py" line="+30"/>
        <source>no wire {edge}</source>
        <translation>연결선 {edge}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>no wire {wire}</source>
        <translation>연결선 {wire}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disconnect {wire}</source>
        <translation>{wire} 연결 끊기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect wires</source>
        <translation>연결선 끊기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect {wire}</source>
        <translation>{wire} 다시 연결</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>reroute point</source>
        <translation>경유점</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reroute points</source>
        <translation>경유점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {what}</source>
        <translation>{what} 옮기기</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{node_id}: unknown parameter &apos;{name}&apos;</source>
        <translation>{node_id}: 알 수 없는 매개변수 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} points</source>
        <translation>점 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {node_id}.{name} = {value}</source>
        <translation>{node_id}.{name} = {value}(으)로 설정</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set {key} = {value}</source>
        <translation>{key} = {value}(으)로 설정</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Paste {node}</source>
        <translation>{node} 붙여넣기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste {n} nodes</source>
        <translation>노드 {n}개 붙여넣기</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../edit_commands.py" line="+76"/>
        <source>{type} cannot sit on a wire</source>
        <translation>{type}은(는) 연결선 위에 놓일 수 없습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Insert {type} before {dst}</source>
        <translation>{dst} 앞에 {type} 끼워 넣기</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Change {node_id} to {type}</source>
        <translation>{node_id}을(를) {type}(으)로 바꾸기</translation>
    </message>
    <message>
        <location filename="../edit_commands.py" line="-139"/>
        <source>{old} already has that name</source>
        <translation>{old}은(는) 이미 그 이름입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a node named &apos;{new}&apos; already exists: names must be unique</source>
        <translation>이름이 &apos;{new}&apos;인 노드가 이미 있습니다: 이름은 겹치면 안 됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename {old} to {new}</source>
        <translation>{old}의 이름을 {new}(으)로 바꾸기</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete {what} and reconnect</source>
        <translation>{what} 삭제 후 다시 연결</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{node_id} is already on that wire</source>
        <translation>{node_id}은(는) 이미 그 연결선 위에 있습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert {node_id} on {wire}</source>
        <translation>{wire}에 {node_id} 끼워 넣기</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{type} has no output port &apos;{port}&apos;</source>
        <translation>{type}에는 출력 포트 &apos;{port}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} has no input port &apos;{port}&apos;</source>
        <translation>{type}에는 입력 포트 &apos;{port}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add {type} wired to {other}</source>
        <translation>{other}에 연결된 {type} 추가</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connect {src} → {dst} through a {type}</source>
        <translation>{type}을(를) 거쳐 {src} → {dst} 연결</translation>
    </message>
    <message>
        <location filename="../layout_commands.py" line="+14"/>
        <source>no wire {e}</source>
        <translation>연결선 {e}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>select the nodes to put in a frame</source>
        <translation>프레임으로 묶을 노드를 선택하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame {id}</source>
        <translation>{id} 프레임으로 묶기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frame {n} nodes</source>
        <translation>노드 {n}개 프레임으로 묶기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no frame named &apos;{f}&apos;</source>
        <translation>이름이 &apos;{f}&apos;인 프레임이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} frames</source>
        <translation>프레임 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove frame {what}</source>
        <translation>프레임 {what} 제거</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no frame named &apos;{frame_id}&apos;</source>
        <translation>이름이 &apos;{frame_id}&apos;인 프레임이 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set {what} of frame {title}</source>
        <translation>프레임 {title}의 {what} 설정</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the selected nodes are in no frame</source>
        <translation>선택한 노드가 어느 프레임에도 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {node} from its frame</source>
        <translation>{node}을(를) 프레임에서 꺼내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {n} nodes from their frames</source>
        <translation>노드 {n}개를 프레임에서 꺼내기</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../training/confusion_view.py" line="+45"/>
        <location line="+4"/>
        <source>Confusion matrix · rows: true class, columns: predicted</source>
        <translation>혼동 행렬 · 행: 실제 클래스, 열: 예측</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>taken for {j}</source>
        <translation>{j}(으)로 착각</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true {i}, predicted {j}: {n} of {row} samples of class {i} ({what})</source>
        <translation>실제 {i}, 예측 {j}: 클래스 {i}의 샘플 {row}개 중 {n}개 ({what})</translation>
    </message>
</context>
<context>
    <name>ControlStateView</name>
    <message>
        <location filename="../rl/control_view.py" line="+107"/>
        <source>the agent&apos;s state appears here while it learns</source>
        <translation>에이전트가 배우는 동안 여기에 상태가 나타납니다</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <location filename="../data_preview.py" line="+177"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>폴더 고르기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the folder that holds one sub-folder of images per class.</source>
        <translation>클래스마다 이미지 하위 폴더가 하나씩 있는 폴더를 고릅니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>across</source>
        <translation>가로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up</source>
        <translation>세로</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the data folder</source>
        <translation>데이터 폴더 고르기</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{n} samples</source>
        <translation>샘플 {n}개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train {a} · validation {b} · test {c}</source>
        <translation>학습 {a} · 검증 {b} · 테스트 {c}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>classes: {counts}</source>
        <translation>클래스: {counts}</translation>
    </message>
</context>
<context>
    <name>DensityView</name>
    <message>
        <location filename="../gan/sample_views.py" line="+189"/>
        <source>Densities and D(x)</source>
        <translation>밀도와 D(x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>density</source>
        <translation>밀도</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>real</source>
        <translation>실제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(x): P(real), on the right axis</source>
        <translation>D(x): P(실제), 오른쪽 축</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../../compute/diagnose.py" line="+134"/>
        <source>the loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The numbers became NaN or inf in {node} at epoch {epoch}, batch {batch}: the network diverged.</source>
        <translation>{epoch}번째 에포크의 {batch}번째 배치에서 {node}의 값이 NaN 또는 inf가 되었습니다. 신경망이 발산했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate (try a tenth), standardize the inputs, or use a loss fused with its activation (Softmax + CrossEntropy, Sigmoid + BCE).</source>
        <translation>학습률을 낮추거나(10분의 1로 시도), 입력을 표준화하거나, 활성화와 합쳐진 손실(Softmax + CrossEntropy, Sigmoid + BCE)을 쓰세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{share}% of the units of {node} never switched on during the last epoch (dead ReLUs): their gradient is 0, so they stop learning.</source>
        <translation>{node}의 유닛 중 {share}%가 마지막 에포크 동안 한 번도 켜지지 않았습니다(죽은 ReLU). 기울기가 0이라 더 이상 학습하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a smaller learning rate, LeakyReLU or ELU instead of ReLU, or He initialization for the layer before it.</source>
        <translation>학습률을 줄이거나, ReLU 대신 LeakyReLU나 ELU를 쓰거나, 앞 층에 He 초기화를 쓰세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{share}% of the outputs of {node} sit near its limits (saturated), where its derivative is almost 0: little gradient passes.</source>
        <translation>{node} 출력의 {share}%가 한계값 근처에 머물러 있습니다(포화). 그곳에서는 미분이 거의 0이라 기울기가 거의 전달되지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standardize the inputs, use smaller initial weights (Xavier), or use ReLU in the hidden layers.</source>
        <translation>입력을 표준화하거나, 더 작은 초기 가중치(Xavier)를 쓰거나, 은닉층에 ReLU를 쓰세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vanishing gradients: the first layer {first} gets {ratio} times the gradient of the last layer {last}, so the early layers barely learn.</source>
        <translation>기울기 소실: 첫 층 {first}는 마지막 층 {last}의 {ratio}배의 기울기만 받아서, 앞쪽 층은 거의 학습하지 못합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use ReLU instead of Sigmoid or Tanh in the hidden layers, fewer layers, BatchNorm, or residual connections (Add).</source>
        <translation>은닉층에 Sigmoid나 Tanh 대신 ReLU를 쓰거나, 층 수를 줄이거나, BatchNorm 또는 잔차 연결(Add)을 쓰세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exploding gradients: the first layer {first} gets {ratio} times the gradient of the last layer {last}; the steps of the early layers are far too big.</source>
        <translation>기울기 폭주: 첫 층 {first}는 마지막 층 {last}의 {ratio}배의 기울기를 받습니다. 앞쪽 층의 이동 폭이 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use smaller initial weights (Xavier or He), a smaller learning rate, BatchNorm, or fewer layers.</source>
        <translation>더 작은 초기 가중치(Xavier 또는 He), 더 작은 학습률, BatchNorm을 쓰거나 층 수를 줄이세요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The training loss rose for {n} epochs in a row: the learning rate is too high, so each step overshoots the minimum.</source>
        <translation>학습 손실이 {n} 에포크 연속으로 올랐습니다. 학습률이 너무 높아서 매 단계가 최솟값을 지나칩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate (try a tenth) on the optimizer node.</source>
        <translation>옵티마이저 노드의 학습률을 낮추세요(10분의 1로 시도).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over-fitting: the validation loss rose for the last {n} epochs while the training loss kept falling; the network learns the training samples by heart.</source>
        <translation>과적합: 학습 손실은 계속 내려가는데 검증 손실은 마지막 {n} 에포크 동안 올랐습니다. 신경망이 학습 샘플을 통째로 외우고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Dropout, use early stopping (training patience), get more data, or use a smaller network.</source>
        <translation>Dropout을 추가하거나, 조기 종료(학습 patience)를 쓰거나, 데이터를 늘리거나, 더 작은 신경망을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>DiagnosesTab</name>
    <message>
        <location filename="../stepping/diagnoses_tab.py" line="+62"/>
        <source>Diagnose</source>
        <translation>진단</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a copy for a few epochs, one batch at a time, and look for dead units, saturation, vanishing or exploding gradients, a rising loss, NaN and over-fitting</source>
        <translation>복사본을 배치 하나씩 몇 에포크 동안 학습하면서 죽은 유닛, 포화, 기울기 소실 또는 기울기 폭주, 올라가는 손실, NaN, 과적합을 찾습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing diagnosed yet</source>
        <translation>아직 진단하지 않았습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnosing: training a copy for {n} epochs…</source>
        <translation>진단 중: 복사본을 {n} 에포크 동안 학습하고 있습니다…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot diagnose: {reason}</source>
        <translation>진단할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No problem found</source>
        <translation>문제를 찾지 못했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} findings: click one to see its node explained</source>
        <translation>발견 {n}건: 하나를 클릭하면 해당 노드의 설명을 봅니다</translation>
    </message>
</context>
<context>
    <name>DigitsView</name>
    <message>
        <location filename="../gan/sample_views.py" line="+46"/>
        <source>Generated images</source>
        <translation>생성된 이미지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same noise every time: each square is one generated sample as it changes</source>
        <translation>매번 같은 노이즈: 칸 하나하나가 변해 가는 생성 샘플 하나입니다</translation>
    </message>
</context>
<context>
    <name>EngineMessage</name>
    <message>
        <location filename="../../i18n/engine.py" line="+35"/>
        <source>{message} from {source}</source>
        <translation>{message} ({source}에서 옴)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input &apos;{port}&apos; is not connected</source>
        <translation>입력 &apos;{port}&apos;이(가) 연결되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input {names} is not connected</source>
        <translation>입력 {names}이(가) 연결되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inputs {names} are not connected</source>
        <translation>입력 {names}이(가) 연결되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input &apos;{port}&apos;: {node} gives no output &apos;{output}&apos;</source>
        <translation>입력 &apos;{port}&apos;: {node}에는 출력 &apos;{output}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycle: {path}</source>
        <translation>순환 연결: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects {expected} but gets {got}</source>
        <translation>{expected}을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hint}; it expects {expected} but gets {got}</source>
        <translation>{hint}. 이 노드는 {expected}을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insert a Flatten before it</source>
        <translation>앞에 Flatten을 끼워 넣으세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images {shape}</source>
        <translation>이미지 {shape}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(N, F) or (N, T, F)</source>
        <translation>(N, F) 또는 (N, T, F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(N, F), (N, T, F) or (N, C, H, W)</source>
        <translation>(N, F), (N, T, F) 또는 (N, C, H, W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequences {shape}</source>
        <translation>시퀀스 {shape}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(N, ...) with at least one feature axis</source>
        <translation>특성 축이 하나 이상 있는 (N, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {n} dimensions</source>
        <translation>{n}차원 이상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels can only go into a loss&apos;s target, but gets class labels {got}</source>
        <translation>레이블은 손실 노드의 target으로만 들어갈 수 있는데, 클래스 레이블 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a loss can only go into an optimizer, but gets a loss</source>
        <translation>손실은 옵티마이저로만 들어갈 수 있는데, 손실을 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a loss can only go into an optimizer, but target gets a loss</source>
        <translation>손실은 옵티마이저로만 들어갈 수 있는데, target으로 손실을 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects numbers but gets a {kind} tensor {got}</source>
        <translation>숫자를 받아야 하는데 {kind} 텐서 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects (N, ...) with feature axes but gets {got}</source>
        <translation>특성 축이 있는 (N, ...)을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects the same shape on a and b but gets {a} on a and {b} on b</source>
        <translation>a와 b에 같은 모양을 받아야 하는데 a에 {a}, b에 {b}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input &apos;loss&apos; is not connected; wire a loss node&apos;s output into it</source>
        <translation>입력 &apos;loss&apos;가 연결되지 않았습니다. 손실 노드의 출력을 여기에 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects predictions (N, ...) but gets {got}</source>
        <translation>예측값 (N, ...)을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects labels (N,) but gets {got}</source>
        <translation>레이블 (N,)을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects a target of the same shape as pred {pred} but gets {got}</source>
        <translation>pred {pred}와 같은 모양의 target을 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compares numbers (for classes use Softmax + CrossEntropy) but target gets class labels {got}</source>
        <translation>숫자끼리 비교하는 손실입니다 (분류에는 Softmax + CrossEntropy를 쓰세요). 그런데 target으로 클래스 레이블 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects numbers as target but gets {got}</source>
        <translation>target으로 숫자를 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects class probabilities (N, K) but gets {got}</source>
        <translation>클래스 확률 (N, K)을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects labels (N,) or one-hot targets {shape} but gets {got}</source>
        <translation>레이블 (N,) 또는 원-핫 target {shape}을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has a loss but no Dataset node to train on</source>
        <translation>그래프에 손실은 있지만 학습할 Dataset 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has no Dataset node to train on</source>
        <translation>그래프에 학습할 Dataset 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has no optimizer node: wire a loss into one (e.g. Adam)</source>
        <translation>그래프에 옵티마이저 노드가 없습니다: 손실을 옵티마이저(예: Adam)에 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to train: wire a Dataset through a loss into an optimizer node</source>
        <translation>학습할 것이 없습니다: Dataset에서 손실을 거쳐 옵티마이저 노드까지 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has more than one Dataset node; keep one</source>
        <translation>그래프에 Dataset 노드가 둘 이상 있습니다. 하나만 남기세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has more than one optimizer node; keep one</source>
        <translation>그래프에 옵티마이저 노드가 둘 이상 있습니다. 하나만 남기세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{node}: its loss input is not wired to a loss computed from the data</source>
        <translation>{node}: 손실 입력이 데이터로 계산한 손실에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training diverged at epoch {epoch} (loss became {value}); try a smaller learning rate (now {lr})</source>
        <translation>에포크 {epoch}에서 학습이 발산했습니다 (손실이 {value}이(가) 됨). 더 작은 학습률을 써 보세요 (지금 {lr})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged at epoch {epoch} (loss became {value})</source>
        <translation>에포크 {epoch}에서 발산 (손실이 {value}이(가) 됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the training split is empty</source>
        <translation>학습용 데이터가 비어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training diverged at epoch {epoch} (loss {loss} became {value}); try a smaller learning rate (now {lr})</source>
        <translation>에포크 {epoch}에서 학습이 발산했습니다 (손실 {loss}이(가) {value}이(가) 됨). 더 작은 학습률을 써 보세요 (지금 {lr})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged at epoch {epoch} (loss {loss} became {value})</source>
        <translation>에포크 {epoch}에서 발산 (손실 {loss}이(가) {value}이(가) 됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing minimizes this loss; wire its output into an optimizer</source>
        <translation>이 손실을 줄이는 것이 없습니다: 출력을 옵티마이저에 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its target is random noise from {noise}; wire the Dataset&apos;s y or a Constant (1 for real, 0 for fake) into target</source>
        <translation>타깃이 {noise}의 무작위 노이즈입니다. 타깃(target)에 Dataset의 y나 Constant(진짜는 1, 가짜는 0)를 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps {rival}: both minimize {loss}; wire {orphan} into {opt} instead (nothing minimizes it)</source>
        <translation>{rival}와(과) 겹칩니다: 둘 다 {loss}을(를) 줄입니다. 대신 {orphan}을(를) {opt}에 연결하세요 (그 손실은 아무것도 줄이지 않습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps {rival}: both would train {shared} and neither trains a narrower set of weights; put a Detach where {opt}&apos;s gradient should stop, or keep one optimizer</source>
        <translation>{rival}와(과) 겹칩니다: 둘 다 {shared}을(를) 학습하게 되고 어느 쪽도 더 좁은 가중치 집합을 학습하지 않습니다. {opt}의 기울기가 멈춰야 할 곳에 Detach를 넣거나 옵티마이저를 하나만 두세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trains no weights: nothing upstream of its loss {loss} has weights</source>
        <translation>학습할 가중치가 없습니다: 손실 {loss}의 앞쪽에 가중치가 있는 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trains no weights: every weight upstream of its loss {loss} is trained by {takers}</source>
        <translation>학습할 가중치가 없습니다: 손실 {loss} 앞쪽의 가중치는 모두 {takers}이(가) 학습합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trains no weights: the Detach {detach} stops the gradient of its loss {loss} before {cut}; wire {opt}&apos;s path around the Detach</source>
        <translation>학습할 가중치가 없습니다: Detach {detach}이(가) 손실 {loss}의 기울기를 {cut}에 닿기 전에 멈춥니다. {opt}의 경로가 Detach를 거치지 않게 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trains no weights of its own: the Detach {detach} stops the gradient of its loss {loss} before {cut}, and {rival} trains what it still reaches ({rest}); wire {opt}&apos;s path around the Detach</source>
        <translation>자기만의 가중치가 없습니다: Detach {detach}이(가) 손실 {loss}의 기울기를 {cut}에 닿기 전에 멈추고, 아직 닿는 가중치({rest})는 {rival}이(가) 학습합니다. {opt}의 경로가 Detach를 거치지 않게 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to predict: wire a Dataset through a loss into an optimizer node</source>
        <translation>예측할 것이 없습니다: Dataset에서 손실을 거쳐 옵티마이저 노드까지 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares the weights of {other}, which shares another node&apos;s; name that one</source>
        <translation>{other}의 가중치를 함께 쓰는데, 그 노드도 다른 노드의 가중치를 함께 씁니다: 원래 노드를 지정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot share the weights of {other}: it needs {mine} but {other} has {theirs}</source>
        <translation>{other}의 가중치를 함께 쓸 수 없습니다: 이 노드에는 {mine}이(가) 필요한데 {other}에는 {theirs}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training: &apos;epochs&apos; must be at least 1, got {value}</source>
        <translation>학습 설정: &apos;epochs&apos;는 1 이상이어야 합니다 (입력: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wire {wire} goes to a node that does not exist</source>
        <translation>연결선 {wire}이(가) 없는 노드로 갑니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Q-network gives {n} values per state but {env} has {k} actions: its last layer needs {k2} units</source>
        <translation>Q-신경망이 상태마다 값을 {n}개 내놓는데 {env}의 행동은 {k}개입니다: 마지막 층의 유닛이 {k2}개여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training diverged in episode {episode} ({what} became {value}); try a smaller learning rate</source>
        <translation>에피소드 {episode}에서 학습이 발산했습니다 ({what}이(가) {value}이(가) 됨). 더 작은 학습률을 써 보세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Q-values blew up in episode {episode}: |Q| reached {peak}, but no return can exceed {bound} here (rewards up to {reward}, gamma {gamma}); try a smaller learning rate or refresh the target network less often</source>
        <translation>에피소드 {episode}에서 Q 값이 폭주했습니다: |Q|가 {peak}에 이르렀지만 여기서는 어떤 이득도 {bound}을(를) 넘을 수 없습니다 (보상은 최대 {reward}, 할인율(gamma) {gamma}). 더 작은 학습률을 쓰거나 목표 신경망을 덜 자주 갱신하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the grid world&apos;s layout is empty: write rows like &apos;S..&apos; and &apos;..G&apos;</source>
        <translation>그리드 월드의 배치가 비어 있습니다: &apos;S..&apos;와 &apos;..G&apos; 같은 행을 적으세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the layout has no goal cell &apos;G&apos;</source>
        <translation>배치에 목표 칸 &apos;G&apos;가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the layout has {n} start cells &apos;S&apos;: it needs exactly one</source>
        <translation>배치에 시작 칸 &apos;S&apos;가 {n}개 있습니다: 정확히 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluating the greedy policy needs a second environment (eval_env)</source>
        <translation>탐욕 정책을 평가하려면 두 번째 환경(eval_env)이 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use Sigmoid for a single output (softmax over one value is always 1); it expects (N, K) with K &gt;= 2 classes but gets {got}</source>
        <translation>출력이 하나면 Sigmoid를 쓰세요 (값 하나에 대한 소프트맥스는 늘 1입니다). 이 노드는 K &gt;= 2인 (N, K)를 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {k}x{k2} {window} does not fit (use {fix}): {padded}it needs images of at least {need}x{need2} but gets {got}</source>
        <translation>{k}x{k2} {window}이(가) 맞지 않습니다 ({fix}을(를) 쓰세요): {padded}적어도 {need}x{need2} 크기의 이미지가 필요한데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller kernel_size or more padding</source>
        <translation>더 작은 kernel_size나 더 큰 패딩(padding)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a smaller pool_size</source>
        <translation>더 작은 pool_size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with padding {pad} </source>
        <translation>패딩 {pad}일 때 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects {n} values per sample to make {shape} but gets {m} values per sample in {got}</source>
        <translation>{shape}을(를) 만들려면 샘플마다 값이 {n}개 필요한데 {got}에서 샘플마다 {m}개를 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for one output use Sigmoid + BCE; it expects (N, K) with K &gt;= 2 classes but gets {got}</source>
        <translation>출력이 하나면 Sigmoid + BCE를 쓰세요. 이 노드는 K &gt;= 2인 (N, K)를 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects labels of 2 classes (for {k} classes use Softmax + CrossEntropy) but gets {got}</source>
        <translation>클래스 2개의 레이블을 받아야 하는데 ({k}개 클래스에는 Softmax + CrossEntropy를 쓰세요) {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the last layer 1 unit; with class labels as target it expects one probability per sample (N, 1) but gets {got}</source>
        <translation>마지막 층의 유닛을 1개로 하세요. target이 클래스 레이블이면 샘플마다 확률 하나 (N, 1)을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the last layer {k} units; the target {target} has {k2} classes, so it expects pred (N, {k3}) but gets {got}</source>
        <translation>마지막 층의 유닛을 {k}개로 하세요. target {target}의 클래스가 {k2}개이므로 pred (N, {k3})을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects a and b with the same number of axes but gets {a} on a and {b} on b</source>
        <translation>축의 개수가 같은 a와 b를 받아야 하는데 a에 {a}, b에 {b}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis {axis} does not exist in {got}; use 1 to {last} (or -1 for the last axis)</source>
        <translation>{got}에는 축 {axis}이(가) 없습니다. 1부터 {last}까지 쓰세요 (마지막 축은 -1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot concatenate along the batch axis 0; use axis 1 to {last} (or -1 for the last axis)</source>
        <translation>배치 축 0을 따라서는 이어 붙일 수 없습니다. 축 1부터 {last}까지 쓰세요 (마지막 축은 -1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects shapes that differ only on axis {axis} but gets {a} on a and {b} on b</source>
        <translation>축 {axis}에서만 다른 모양을 받아야 하는데 a에 {a}, b에 {b}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects a loss but gets {got}; connect the output of a loss node (MSE, CrossEntropy, ...)</source>
        <translation>손실을 받아야 하는데 {got}을(를) 받습니다. 손실 노드(MSE, CrossEntropy, ...)의 출력을 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{node}.{port} is already connected to {src}.{out}</source>
        <translation>{node}.{port}은(는) 이미 {src}.{out}에 연결되어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no wire {wire}</source>
        <translation>연결선 {wire}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to check: the graph has no loss computed from the data</source>
        <translation>확인할 것이 없습니다: 그래프에 데이터로 계산한 손실이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no points drawn yet: click in the Dataset&apos;s drawing area to add points</source>
        <translation>아직 그린 점이 없습니다: Dataset의 그리기 영역을 클릭해 점을 추가하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all drawn points are class {k}: draw points of at least two classes</source>
        <translation>그린 점이 모두 클래스 {k}입니다: 적어도 두 클래스의 점을 그리세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw at least 2 points for regression (x across, the value to predict up)</source>
        <translation>회귀에는 점을 2개 이상 그리세요 (가로는 x, 세로는 예측할 값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source &apos;{source}&apos; needs a file: set &apos;path&apos; to a {suffix} file</source>
        <translation>source &apos;{source}&apos;에는 파일이 필요합니다: &apos;path&apos;에 {suffix} 파일을 지정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} file &apos;{file}&apos; not found</source>
        <translation>{kind} 파일 &apos;{file}&apos;을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;{column}&apos; not in {file} (columns: {columns})</source>
        <translation>{file}에 열 &apos;{column}&apos;이(가) 없습니다 (열: {columns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is empty: it needs a header row naming the columns, then rows of numbers</source>
        <translation>{file}이(가) 비어 있습니다: 열 이름을 적은 머리글 행과 숫자 행들이 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has a header but no data rows</source>
        <translation>{file}에 머리글은 있지만 데이터 행이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has only one column; it needs at least one input column and the target</source>
        <translation>{file}에 열이 하나뿐입니다: 입력 열이 적어도 하나와 목표 열이 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification needs at least 2 classes, the target has only {k}</source>
        <translation>분류에는 클래스가 적어도 2개 필요한데, 목표 열에는 {k}뿐입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification needs integer class labels, found {value}</source>
        <translation>분류에는 정수 클래스 레이블이 필요한데 {value}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {split} inputs contain NaN or infinite values</source>
        <translation>{split} 입력에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {split} targets contain NaN or infinite values</source>
        <translation>{split} 목표값에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation_split {a} + test_split {b} leave no training samples out of {n}</source>
        <translation>validation_split {a} + test_split {b}이면 샘플 {n}개 중 학습에 쓸 샘플이 남지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weights file has &apos;{name}&apos;, which this graph does not use</source>
        <translation>가중치 파일에 이 그래프가 쓰지 않는 &apos;{name}&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weights file has no &apos;{name}&apos;</source>
        <translation>가중치 파일에 &apos;{name}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; has shape {shape} in the weights file but the graph needs {needed}</source>
        <translation>가중치 파일의 &apos;{name}&apos;은(는) 모양이 {shape}인데 그래프에는 {needed}이(가) 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow file: it is empty</source>
        <translation>nodeflow 파일이 아닙니다: 비어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file was made by a newer nodeflow (format version {v}; this one reads {w})</source>
        <translation>더 새 nodeflow로 만든 파일입니다 (형식 버전 {v}, 이 버전은 {w}까지 읽습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large (the limit is 20 MB)</source>
        <translation>파일이 너무 큽니다 (한도 20 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input &apos;{port}&apos; is connected twice (from {a}.{p} and {b}.{q})</source>
        <translation>입력 &apos;{port}&apos;이(가) 두 번 연결되어 있습니다 ({a}.{p}와(과) {b}.{q}에서)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training: &apos;{key}&apos; must be an integer, got {value}</source>
        <translation>학습 설정: &apos;{key}&apos;에는 정수만 쓸 수 있습니다 (입력: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training: &apos;{key}&apos; must be true or false, got {value}</source>
        <translation>학습 설정: &apos;{key}&apos;에는 true 또는 false만 쓸 수 있습니다 (입력: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parameter &apos;{name}&apos; for {type}{hint}</source>
        <translation>{type}에 없는 매개변수 &apos;{name}&apos;{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training failed</source>
        <translation>학습에 실패했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter &apos;{param}&apos; must be {expected}, got {value}</source>
        <translation>매개변수 &apos;{param}&apos;에는 {expected}만 쓸 수 있습니다 (입력: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a finite number</source>
        <translation>유한한 숫자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of 1 to 8 positive integers</source>
        <translation>양의 정수 1~8개의 목록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between {low} and {high}</source>
        <translation>{low}에서 {high} 사이의 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {choices}</source>
        <translation>{choices} 중 하나</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an integer or one of {choices}</source>
        <translation>정수 또는 {choices} 중 하나</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;= {low}</source>
        <translation>{low} 이상의 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;= {high}</source>
        <translation>{high} 이하의 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{node} cannot take its own output</source>
        <translation>{node}은(는) 자기 출력을 입력으로 받을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{node} has no output port &apos;{port}&apos;</source>
        <translation>{node}에는 출력 포트 &apos;{port}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{node} has no input port &apos;{port}&apos;</source>
        <translation>{node}에는 입력 포트 &apos;{port}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a node named &apos;{name}&apos; already exists</source>
        <translation>이름이 &apos;{name}&apos;인 노드가 이미 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no node named &apos;{name}&apos;</source>
        <translation>이름이 &apos;{name}&apos;인 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parameter &apos;{name}&apos;</source>
        <translation>알 수 없는 매개변수 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid node id {id}</source>
        <translation>노드 id로 쓸 수 없는 값입니다: {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a frame named &apos;{name}&apos; already exists</source>
        <translation>이름이 &apos;{name}&apos;인 프레임이 이미 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a frame needs at least one node</source>
        <translation>프레임에는 노드가 적어도 하나 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no frame named &apos;{name}&apos;</source>
        <translation>이름이 &apos;{name}&apos;인 프레임이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame {frame}: cannot set {key} to {value}</source>
        <translation>프레임 {frame}: {key}을(를) {value}(으)로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;via&quot; must be a list of at most {n} points [x, y]</source>
        <translation>&quot;via&quot;는 점 [x, y]를 최대 {n}개까지 담은 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;frames&quot; must be a list of at most {n} frames</source>
        <translation>&quot;frames&quot;는 프레임을 최대 {n}개까지 담은 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a text of at most {limit} characters</source>
        <translation>{what}은(는) {limit}자 이하의 텍스트여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;via&quot; must be a list of points [x, y], got {got}</source>
        <translation>&quot;via&quot;는 점 [x, y]의 목록이어야 합니다 (입력: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object</source>
        <translation>객체(JSON object)가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;id&quot; must be a unique text of 1 to 64 characters</source>
        <translation>&quot;id&quot;는 다른 것과 겹치지 않는 1~64자의 텍스트여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;color&quot; must be &quot;#rrggbb&quot;, got {got}</source>
        <translation>&quot;color&quot;는 &quot;#rrggbb&quot; 형식이어야 합니다 (입력: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;nodes&quot; must be a list of node ids</source>
        <translation>&quot;nodes&quot;는 노드 id의 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not valid unicode text</source>
        <translation>{what}은(는) 올바른 유니코드 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key {key} (known: {known})</source>
        <translation>알 수 없는 키 {key} (쓸 수 있는 키: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no node named {name}</source>
        <translation>이름이 {name}인 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node {node} is already in {frame}</source>
        <translation>노드 {node}은(는) 이미 프레임 {frame}에 들어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wire #{n}</source>
        <translation>연결선 #{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node #{n}</source>
        <translation>노드 #{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame #{n}</source>
        <translation>프레임 #{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run {n}</source>
        <translation>실행 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a valid number</source>
        <translation>{value}은(는) 올바른 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow file: it contains an invalid unicode escape (a lone surrogate)</source>
        <translation>nodeflow 파일이 아닙니다: 잘못된 유니코드 이스케이프(짝 없는 서로게이트)가 들어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number too large ({digits}...)</source>
        <translation>숫자가 너무 큽니다 ({digits}...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number too large ({digits})</source>
        <translation>숫자가 너무 큽니다 ({digits})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow file: expected a JSON object, got {kind}</source>
        <translation>nodeflow 파일이 아닙니다: JSON 객체가 있어야 하는데 {kind}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow file: &quot;format&quot; must be &quot;nodeflow&quot;</source>
        <translation>nodeflow 파일이 아닙니다: &quot;format&quot;이 &quot;nodeflow&quot;여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;nodes&quot; must be a list, got {kind}</source>
        <translation>&quot;nodes&quot;는 목록이어야 합니다 (입력: {kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has {n} nodes; nodeflow opens graphs of at most {limit}</source>
        <translation>파일에 노드가 {n}개 있습니다. nodeflow는 노드가 최대 {limit}개인 그래프까지 엽니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;edges&quot; must be a list, got {kind}</source>
        <translation>&quot;edges&quot;는 목록이어야 합니다 (입력: {kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has {n} wires; nodeflow opens graphs of at most {limit}</source>
        <translation>파일에 연결선이 {n}개 있습니다. nodeflow는 연결선이 최대 {limit}개인 그래프까지 엽니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;version&quot; must be an integer</source>
        <translation>&quot;version&quot;은 정수여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node #{n}: expected an object, got {kind}</source>
        <translation>노드 #{n}: 객체가 있어야 하는데 {kind}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node #{n}: &quot;id&quot; {problem}, got {got}</source>
        <translation>노드 #{n}의 &quot;id&quot;: {problem} (입력: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a text, not {kind}</source>
        <translation>텍스트여야 합니다 ({kind}이(가) 아님)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long ({n} characters; the limit is {limit})</source>
        <translation>너무 깁니다 ({n}자, 한도 {limit}자)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid unicode text</source>
        <translation>올바른 유니코드 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not contain control characters (it has {char} at position {pos})</source>
        <translation>제어 문자가 있으면 안 됩니다 ({pos}번째 글자가 {char}입니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;type&quot; must be a node type name, got {got}</source>
        <translation>&quot;type&quot;은 노드 종류의 이름이어야 합니다 (입력: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;params&quot; must be an object, got {kind}</source>
        <translation>&quot;params&quot;는 객체여야 합니다 (입력: {kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wire #{n}: expected an object, got {kind}</source>
        <translation>연결선 #{n}: 객체가 있어야 하는데 {kind}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} has no output port {port}</source>
        <translation>{type}에는 출력 포트 {port}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} has no input port {port}</source>
        <translation>{type}에는 입력 포트 {port}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;training&quot; must be an object, got {kind}</source>
        <translation>&quot;training&quot;은 객체여야 합니다 (입력: {kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{what}&quot; must be a text, got {kind}</source>
        <translation>&quot;{what}&quot;은(는) 텍스트여야 합니다 (입력: {kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{what}&quot; is too long ({n} characters; the limit is {limit})</source>
        <translation>&quot;{what}&quot;이(가) 너무 깁니다 ({n}자, 한도 {limit}자)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{what}&quot; is not valid unicode text</source>
        <translation>&quot;{what}&quot;은(는) 올바른 유니코드 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot save {file}: {detail}</source>
        <translation>{file}을(를) 저장할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow file: invalid JSON at line {line}, column {column}: {detail}</source>
        <translation>nodeflow 파일이 아닙니다: {line}번째 줄 {column}번째 글자에서 JSON이 잘못되었습니다: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow file: JSON nested too deeply</source>
        <translation>nodeflow 파일이 아닙니다: JSON이 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow file: {message}</source>
        <translation>nodeflow 파일이 아닙니다: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two nodes have this id</source>
        <translation>두 노드가 이 id를 함께 씁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format version {v} is too old to read</source>
        <translation>형식 버전 {v}은(는) 너무 오래되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;pos&quot; must be two numbers [x, y], got {got}</source>
        <translation>&quot;pos&quot;는 숫자 두 개 [x, y]여야 합니다 (입력: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wire #{n}: &quot;{key}&quot; must be [node id, port name], got {got}</source>
        <translation>연결선 #{n}: &quot;{key}&quot;는 [노드 id, 포트 이름]이어야 합니다 (입력: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wire #{n}: no node named {name}</source>
        <translation>연결선 #{n}: 이름이 {name}인 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training: unknown setting {key} (known: {known})</source>
        <translation>학습 설정: 알 수 없는 설정 {key} (쓸 수 있는 설정: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prefix}unknown key {key} (known: {known})</source>
        <translation>{prefix}알 수 없는 키 {key} (쓸 수 있는 키: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow file: not UTF-8 text (byte {n})</source>
        <translation>nodeflow 파일이 아닙니다: UTF-8 텍스트가 아닙니다 (바이트 {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot migrate the file from version {v}: {detail}</source>
        <translation>버전 {v} 파일을 새 형식으로 바꿀 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training: {message}</source>
        <translation>학습 설정: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training needs about {total} of memory, more than the {available} it may use ({why}); the largest part is {part} ({size}): {advice}</source>
        <translation>학습에 메모리가 약 {total} 필요해서, 쓸 수 있는 {available}보다 많습니다 ({why}). 가장 큰 부분은 {part} ({size})입니다: {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the limit set by {env}</source>
        <translation>{env}로 정한 한도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit known</source>
        <translation>알려진 한도 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fraction} of this computer&apos;s {size}</source>
        <translation>이 컴퓨터의 {size} 중 {fraction}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data ({n} samples of {m} values, as read and as trained on)</source>
        <translation>데이터 (값 {m}개짜리 샘플 {n}개, 읽어 들인 것과 학습에 쓰는 것)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gradients of the {n} weights it shares with {other}</source>
        <translation>{other}와(과) 함께 쓰는 가중치 {n}개의 기울기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its {n} weights with their gradients and the optimizer&apos;s state</source>
        <translation>가중치 {n}개와 그 기울기, 옵티마이저의 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its outputs for a batch of {n} samples</source>
        <translation>샘플 {n}개짜리 배치 하나에 대한 출력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make this layer smaller (fewer units or filters)</source>
        <translation>이 층을 작게 하세요 (유닛이나 필터를 줄이세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a smaller batch_size, or make this layer&apos;s output smaller</source>
        <translation>batch_size를 줄이거나 이 층의 출력을 작게 하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use fewer samples or smaller samples</source>
        <translation>샘플 수를 줄이거나 더 작은 샘플을 쓰세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;share&apos; names the node itself; name another {type}</source>
        <translation>&apos;share&apos;에 이 노드 자신을 적었습니다: 다른 {type} 노드를 적으세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;share&apos; must name another {type} node, got {got}</source>
        <translation>&apos;share&apos;에는 다른 {type} 노드의 이름을 적어야 합니다 (입력: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not allowed</source>
        <translation>{name}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must be {expected}</source>
        <translation>&apos;{key}&apos;에는 {expected}만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text of at most {n} characters</source>
        <translation>{n}자 이하의 텍스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of texts</source>
        <translation>텍스트 목록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number &gt;= 0</source>
        <translation>0 이상의 정수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number or null</source>
        <translation>숫자나 null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of at most {n} whole numbers</source>
        <translation>정수를 최대 {n}개까지 담은 목록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a list of at most {limit} numbers</source>
        <translation>{what}은(는) 숫자를 최대 {limit}개까지 담은 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run: &apos;batches&apos; does not match &apos;batch_losses&apos; and &apos;batch_stride&apos;</source>
        <translation>실행: &apos;batches&apos;가 &apos;batch_losses&apos;, &apos;batch_stride&apos;와 맞지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is missing</source>
        <translation>&apos;{key}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}.{inner}&apos; has {n} values for {epochs} epochs</source>
        <translation>&apos;{key}.{inner}&apos;에 값이 {n}개 있는데 에포크는 {epochs}개입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must hold numbers or null</source>
        <translation>{what}에는 숫자나 null만 들어갈 수 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown start {start}</source>
        <translation>알 수 없는 시작 방식 {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a nodeflow runs file (no &quot;format&quot;: &quot;nodeflow-runs&quot;)</source>
        <translation>nodeflow 실행 기록 파일이 아닙니다 (&quot;format&quot;: &quot;nodeflow-runs&quot;가 없습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs file version {v} is not supported (this nodeflow reads {w})</source>
        <translation>실행 기록 파일 버전 {v}은(는) 지원하지 않습니다 (이 nodeflow는 {w}까지 읽습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;runs&apos; must be a list</source>
        <translation>&apos;runs&apos;는 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than {n} MB</source>
        <translation>{n} MB보다 큽니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON ({detail})</source>
        <translation>올바른 JSON이 아닙니다 ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run: id {id} appears twice</source>
        <translation>실행: id {id}이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BatchNorm over (N, T, F) sequences has no torch equivalent here</source>
        <translation>(N, T, F) 시퀀스에 대한 BatchNorm은 여기서 torch로 옮길 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wire an Environment&apos;s &apos;target&apos; here; it expects (action, TD target) pairs but gets {got}</source>
        <translation>Environment의 &apos;target&apos;을 여기에 연결하세요. (행동, TD 목표값) 쌍을 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expects Q-values (N, {k}), one per action, but gets {got}</source>
        <translation>행동마다 하나씩인 Q 값 (N, {k})을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the last layer {k} units, one Q-value per action of the environment; it expects (N, {k}) but gets {got}</source>
        <translation>마지막 층의 유닛을 {k}개로 하세요 (환경의 행동마다 Q 값 하나). (N, {k})을(를) 받아야 하는데 {got}을(를) 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a Dataset with seq_len, or Reshape to (T, F) first</source>
        <translation>seq_len을 설정한 Dataset을 쓰거나, 먼저 (T, F)로 Reshape하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape images to (T, F) first</source>
        <translation>먼저 이미지를 (T, F)로 Reshape하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape to (C, H, W) first, or use a Dataset with as_images</source>
        <translation>먼저 (C, H, W)로 Reshape하거나, as_images를 켠 Dataset을 쓰세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape to (C, H, W) first</source>
        <translation>먼저 (C, H, W)로 Reshape하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (known: {known})</source>
        <translation> (쓸 수 있는 매개변수: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter {name}: unknown kind {kind}</source>
        <translation>매개변수 {name}: 알 수 없는 종류 {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter {name}: kind {kind} needs choices</source>
        <translation>매개변수 {name}: 종류 {kind}에는 선택지(choices)가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category {category}</source>
        <translation>알 수 없는 범주 {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown accuracy rule {rule}</source>
        <translation>알 수 없는 정확도 규칙 {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown initialisation family {family}</source>
        <translation>알 수 없는 초기화 계열 {family}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate parameter names</source>
        <translation>매개변수 이름이 겹칩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node type {type} is already registered</source>
        <translation>노드 종류 {type}은(는) 이미 등록되어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class labels must lie in 0..{last}, found {low}..{high}</source>
        <translation>클래스 레이블은 0..{last} 범위에 있어야 하는데 {low}..{high}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source &apos;cifar10&apos; needs its files: set &apos;path&apos; to the cifar-10-batches-py folder (or one batch)</source>
        <translation>source &apos;cifar10&apos;에는 파일이 필요합니다: &apos;path&apos;에 cifar-10-batches-py 폴더(또는 배치 파일 하나)를 지정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no CIFAR-10 batches (data_batch_1 ... data_batch_5, test_batch): give the extracted cifar-10-batches-py folder</source>
        <translation>{name}에 CIFAR-10 배치(data_batch_1 ... data_batch_5, test_batch)가 없습니다: 압축을 푼 cifar-10-batches-py 폴더를 지정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIFAR-10 folder or batch &apos;{path}&apos; not found</source>
        <translation>CIFAR-10 폴더나 배치 파일 &apos;{path}&apos;을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} file &apos;{file}&apos; not found (it is a folder)</source>
        <translation>{kind} 파일 &apos;{file}&apos;을(를) 찾을 수 없습니다 (폴더입니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} file &apos;{file}&apos; is not a regular file (a FIFO or a device): it cannot be read</source>
        <translation>{kind} 파일 &apos;{file}&apos;은(는) 일반 파일이 아니라서(FIFO나 장치) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} line 1 holds numbers, not column names: the first row must be a header naming the columns (e.g. rooms,area,price)</source>
        <translation>{name}의 1번째 줄에 열 이름이 아니라 숫자가 있습니다: 첫 행은 열 이름을 적은 머리글이어야 합니다 (예: rooms,area,price)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification needs one label per sample, but the targets have shape {shape}</source>
        <translation>분류에는 샘플마다 레이블이 하나 있어야 하는데, 목표값의 모양이 {shape}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} file &apos;{file}&apos; is not a valid file name</source>
        <translation>{kind} 파일 &apos;{file}&apos;은(는) 올바른 파일 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} line 1: column {i} has no name</source>
        <translation>{name} 1번째 줄: {i}번째 열에 이름이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} line 1: column name &apos;{column}&apos; appears twice</source>
        <translation>{name} 1번째 줄: 열 이름 &apos;{column}&apos;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} line {line}: {message}</source>
        <translation>{name} {line}번째 줄: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a UTF-8 text file (line {line} has bytes that are not UTF-8)</source>
        <translation>{name}은(는) UTF-8 텍스트 파일이 아닙니다 ({line}번째 줄에 UTF-8이 아닌 바이트가 있습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is too large to read into memory</source>
        <translation>{name}이(가) 너무 커서 메모리로 읽어 들일 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} values but the header names {m} columns</source>
        <translation>값이 {n}개인데 머리글의 열은 {m}개입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing value in column &apos;{column}&apos;</source>
        <translation>열 &apos;{column}&apos;에 값이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; in column &apos;{column}&apos; is not a number</source>
        <translation>열 &apos;{column}&apos;의 &apos;{text}&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; in column &apos;{column}&apos; is not a finite number</source>
        <translation>열 &apos;{column}&apos;의 &apos;{text}&apos;은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no array &apos;{array}&apos; (arrays: {found}); save one with numpy.savez(path, x=..., y=...)</source>
        <translation>{name}에 배열 &apos;{array}&apos;이(가) 없습니다 (배열: {found}). numpy.savez(path, x=..., y=...)로 저장하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array &apos;{array}&apos; is a single value; it needs one row per sample</source>
        <translation>배열 &apos;{array}&apos;은(는) 값이 하나뿐입니다: 샘플마다 행이 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;x&apos; has {nx} samples but &apos;y&apos; has {ny}</source>
        <translation>&apos;x&apos;에는 샘플이 {nx}개, &apos;y&apos;에는 {ny}개 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no samples</source>
        <translation>{name}에 샘플이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot tell the labels file&apos;s name (the images file&apos;s name should contain &apos;images&apos;, as in train-images-idx3-ubyte)</source>
        <translation>레이블 파일의 이름을 알 수 없습니다 (이미지 파일 이름에 train-images-idx3-ubyte처럼 &apos;images&apos;가 들어 있어야 합니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the labels for {images} are missing: expected {labels} beside it</source>
        <translation>{images}의 레이블이 없습니다: 같은 폴더에 {labels}이(가) 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a labels file: it holds {dtype} values of shape {shape}, not one whole number per sample</source>
        <translation>{name}은(는) 레이블 파일이 아닙니다: 샘플마다 정수 하나가 아니라 모양이 {shape}인 {dtype} 값이 들어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{images} holds {n} images but {labels} {m} labels</source>
        <translation>{images}에는 이미지가 {n}개 있는데 {labels}에는 레이블이 {m}개 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has {n} dimensions; images are (N, rows, columns)</source>
        <translation>{name}은(는) {n}차원입니다. 이미지는 (N, 행, 열)이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source &apos;image_folder&apos; needs a folder: set &apos;path&apos; to a folder with one sub-folder per class</source>
        <translation>source &apos;image_folder&apos;에는 폴더가 필요합니다: &apos;path&apos;에 클래스마다 하위 폴더가 하나씩 있는 폴더를 지정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image folder &apos;{path}&apos; is a file, not a folder: give the folder that holds one sub-folder per class</source>
        <translation>이미지 폴더 &apos;{path}&apos;은(는) 폴더가 아니라 파일입니다: 클래스마다 하위 폴더가 하나씩 있는 폴더를 지정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image folder &apos;{path}&apos; not found</source>
        <translation>이미지 폴더 &apos;{path}&apos;을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image folder &apos;{path}&apos; is not a valid name</source>
        <translation>이미지 폴더 &apos;{path}&apos;은(는) 올바른 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{width} x {height} pixels is larger than the limit of {limit}</source>
        <translation>{width} x {height} 픽셀은 한도 {limit}보다 큽니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds more than {n} class folders</source>
        <translation>{name}에 클래스 폴더가 {n}개보다 많습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the {n} images in {name} could be read{first}</source>
        <translation>{name}의 이미지 {n}개 중 읽을 수 있는 것이 하나도 없습니다{first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (first: {file}: {detail})</source>
        <translation> (첫 번째: {file}: {detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels must be 0 or more, found {value}</source>
        <translation>레이블은 0 이상이어야 하는데 {value}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} holds text labels; regression needs numbers (choose task classification or auto)</source>
        <translation>{where}에 텍스트 레이블이 있습니다. 회귀에는 숫자가 필요합니다 (task를 classification(분류)이나 auto로 고르세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification needs at least 2 classes, the target has only &apos;{k}&apos;</source>
        <translation>분류에는 클래스가 적어도 2개 필요한데, 목표 열에는 &apos;{k}&apos;뿐입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array &apos;y&apos; contains NaN or infinite values</source>
        <translation>배열 &apos;y&apos;에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty: it needs a header row naming the columns, then rows</source>
        <translation>{name}이(가) 비어 있습니다: 열 이름을 적은 머리글 행과 그 아래 행들이 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has only the target column; it needs at least one input column</source>
        <translation>{name}에 목표 열만 있습니다: 입력 열이 적어도 하나 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numerical_gradient needs a contiguous array to perturb in place</source>
        <translation>numerical_gradient에는 값을 제자리에서 바꿀 수 있는 연속 배열이 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shapes differ: {a} vs {b}</source>
        <translation>모양이 다릅니다: {a} 대 {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown weight initialisation {init}</source>
        <translation>알 수 없는 가중치 초기화 {init}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward called before forward</source>
        <translation>forward보다 backward가 먼저 호출되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conv2D.backward called before forward</source>
        <translation>Conv2D.backward가 forward보다 먼저 호출되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense.backward called before forward</source>
        <translation>Dense.backward가 forward보다 먼저 호출되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BatchNorm.backward called before forward</source>
        <translation>BatchNorm.backward가 forward보다 먼저 호출되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TDLoss: backward called before forward</source>
        <translation>TDLoss: forward보다 backward가 먼저 호출되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}.backward called before forward</source>
        <translation>{name}.backward가 forward보다 먼저 호출되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label {label} is out of range for {k} classes</source>
        <translation>레이블 {label}이(가) 클래스 {k}개의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no fused form for logits</source>
        <translation>{name}에는 로짓(logits)을 받는 결합된 형태가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target of shape {target} does not match the prediction&apos;s shape {pred}</source>
        <translation>모양이 {target}인 target이 예측의 모양 {pred}와(과) 맞지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} gives no gradient for a learned target</source>
        <translation>{name}은(는) 값을 배우는 target에 대한 기울기를 주지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} expects (N, T, F) sequences, got shape {shape}</source>
        <translation>{name}은(는) (N, T, F) 시퀀스를 받아야 하는데 모양이 {shape}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TDLoss: {n} targets for {m} rows of Q-values</source>
        <translation>TDLoss: Q 값은 {m}행인데 목표값은 {n}개입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown state encoding {kind}; choose one of {choices}</source>
        <translation>알 수 없는 상태 인코딩 {kind}: {choices} 중 하나를 고르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{env} gives an observation vector, not grid cells: set the state encoding to observation (or auto)</source>
        <translation>{env}은(는) 격자 칸이 아니라 관측 벡터를 줍니다: 상태 인코딩을 observation(또는 auto)으로 설정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{env} gives grid cells, not an observation vector: set the state encoding to one_hot or coords</source>
        <translation>{env}은(는) 관측 벡터가 아니라 격자 칸을 줍니다: 상태 인코딩을 one_hot이나 coords로 설정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{env} has no grid</source>
        <translation>{env}에는 격자가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown epsilon decay {decay}; choose linear or exponential</source>
        <translation>알 수 없는 엡실론 감소 방식 {decay}: linear나 exponential을 고르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has no Environment node to learn in</source>
        <translation>그래프에 학습할 환경인 Environment 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has no optimizer node: wire the TDLoss into one (e.g. Adam)</source>
        <translation>그래프에 옵티마이저 노드가 없습니다: TDLoss를 옵티마이저(예: Adam)에 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Environment&apos;s agent learns from a TDLoss; wire the Q-values into a TDLoss&apos;s pred and the Environment&apos;s target into its target</source>
        <translation>Environment의 에이전트는 TDLoss로 배웁니다: Q 값을 TDLoss의 pred에, Environment의 target을 TDLoss의 target에 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment&apos;s states changed size since the graph was checked</source>
        <translation>그래프를 확인한 뒤로 환경의 상태 크기가 바뀌었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a grid world needs at least 2 x 2 cells, got size {size}</source>
        <translation>그리드 월드는 적어도 2 x 2 칸이어야 합니다 (입력한 크기: {size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout row {i} has {n} cells but row 1 has {m}: rows must be equally long</source>
        <translation>배치의 {i}번째 행은 {n}칸인데 1번째 행은 {m}칸입니다: 모든 행의 길이가 같아야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout row {i} has the unknown cell {cell}: use . # P G S (floor, wall, pit, goal, start)</source>
        <translation>배치의 {i}번째 행에 알 수 없는 칸 {cell}이(가) 있습니다: . # P G S (바닥, 벽, 구덩이, 목표, 시작)를 쓰세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slip must be a probability between 0 and 1, got {slip}</source>
        <translation>slip은 0과 1 사이의 확률이어야 합니다 (입력: {slip})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_steps must be at least 1, got {n}</source>
        <translation>max_steps는 1 이상이어야 합니다 (입력: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the episode has ended: call reset() first</source>
        <translation>에피소드가 끝났습니다: 먼저 reset()을 호출하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action {action} is not one of 0-3 (up, right, down, left)</source>
        <translation>행동 {action}은(는) 0-3 (위, 오른쪽, 아래, 왼쪽) 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gridworld has no option {option} (options: {options})</source>
        <translation>gridworld에는 옵션 {option}이(가) 없습니다 (옵션: {options})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown activation {name}; choose {choices}</source>
        <translation>알 수 없는 활성화 함수 {name}: {choices} 중에서 고르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown optimizer {name}; choose one of {choices}</source>
        <translation>알 수 없는 옵티마이저 {name}: {choices} 중 하나를 고르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the replay buffer needs room for at least 1 transition, got {n}</source>
        <translation>리플레이 버퍼에는 전이를 적어도 1개 담을 자리가 있어야 합니다 (입력: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the replay buffer is empty</source>
        <translation>리플레이 버퍼가 비어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown TD loss {kind}; choose mse or huber</source>
        <translation>알 수 없는 TD 손실 {kind}: mse나 huber를 고르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training: &apos;{key}&apos; must be one of {choices}, got {value}</source>
        <translation>학습 설정: &apos;{key}&apos;에는 {choices} 중 하나만 쓸 수 있습니다 (입력: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{param}&apos; in the weights {problem}</source>
        <translation>가중치 파일의 &apos;{param}&apos;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds complex numbers; weights must be real</source>
        <translation>복소수가 들어 있습니다. 가중치는 실수여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not numeric</source>
        <translation>숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds NaN values; weights must be finite numbers</source>
        <translation>NaN 값이 들어 있습니다. 가중치는 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds infinite values; weights must be finite numbers</source>
        <translation>무한대 값이 들어 있습니다. 가중치는 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds values too large for {dtype} (up to {largest})</source>
        <translation>{dtype}에 담기에는 너무 큰 값이 들어 있습니다 (최대 {largest})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training diverged at epoch {epoch} (the loss grew from {start} to {loss}); try a smaller learning rate (now {lr})</source>
        <translation>에포크 {epoch}에서 학습이 발산했습니다 (손실이 {start}에서 {loss}(으)로 커짐). 더 작은 학습률을 써 보세요 (지금 {lr})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown export target {target} (choose {choices})</source>
        <translation>알 수 없는 내보내기 대상 {target} ({choices} 중에서 고르세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {kind} as a literal</source>
        <translation>{kind}을(를) 리터럴로 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {source} source cannot be exported</source>
        <translation>{source} 데이터 소스는 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its kernel cannot be copied into a script ({detail})</source>
        <translation>이 노드의 커널을 스크립트로 옮겨 적을 수 없습니다 ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this regression trains on standardized targets and the ONNX model would predict in standard units; set standardize_target off and train again to export it</source>
        <translation>이 회귀는 표준화한 목표값으로 학습하므로 ONNX 모델은 표준화된 단위로 예측하게 됩니다: standardize_target을 끄고 다시 학습한 뒤 내보내세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has no layers to export: wire the Dataset&apos;s x through some layers</source>
        <translation>그래프에 내보낼 층이 없습니다: Dataset의 x를 층 몇 개에 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model does not read any data: wire a Dataset&apos;s x into the first layer</source>
        <translation>모델이 데이터를 읽지 않습니다: Dataset의 x를 첫 번째 층에 연결하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ONNX model here takes one input; the graph reads {a} and {b}</source>
        <translation>여기서 ONNX 모델은 입력을 하나만 받는데, 그래프는 {a}와(과) {b}을(를) 읽습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} has no ONNX form, so this graph cannot be exported to ONNX</source>
        <translation>{type}에는 ONNX 형태가 없어서 이 그래프를 ONNX로 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {category} node cannot be part of an ONNX inference model</source>
        <translation>{category} 노드는 ONNX 추론 모델에 들어갈 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ONNX checker refused the model: {detail}</source>
        <translation>ONNX 검사기가 모델을 거부했습니다: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX shape inference gives {found} for output {output}, not {declared}</source>
        <translation>ONNX 모양 추론이 출력 {output}에 대해 {declared}이(가) 아니라 {found}을(를) 줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running ONNX models needs onnxruntime: pip install &apos;nodeflow[interop]&apos;</source>
        <translation>ONNX 모델을 실행하려면 onnxruntime이 필요합니다: pip install &apos;nodeflow[interop]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its input &apos;{port}&apos; is the Dataset&apos;s {output}, which an inference model does not get (only x)</source>
        <translation>이 노드의 입력 &apos;{port}&apos;은(는) Dataset의 {output}인데, 추론 모델은 이것을 받지 않습니다 (x만 받습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the trained weights have no &apos;{name}&apos;; train the graph again</source>
        <translation>학습된 가중치에 &apos;{name}&apos;이(가) 없습니다: 그래프를 다시 학습하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; has shape {shape} in the weights but the graph needs {needed}; train the graph again</source>
        <translation>가중치의 &apos;{name}&apos;은(는) 모양이 {shape}인데 그래프에는 {needed}이(가) 필요합니다: 그래프를 다시 학습하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; holds nan or inf (a diverged run); train the graph again</source>
        <translation>&apos;{name}&apos;에 nan이나 inf가 들어 있습니다 (발산한 실행): 그래프를 다시 학습하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONNX export needs the onnx package: pip install &apos;nodeflow[interop]&apos; (or pip install onnx onnxruntime)</source>
        <translation>ONNX로 내보내려면 onnx 패키지가 필요합니다: pip install &apos;nodeflow[interop]&apos; (또는 pip install onnx onnxruntime)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the trained weights have no &apos;{name}&apos; (train the graph again)</source>
        <translation>학습된 가중치에 &apos;{name}&apos;이(가) 없습니다 (그래프를 다시 학습하세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} already has an ONNX form</source>
        <translation>{type}에는 이미 ONNX 형태가 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has no Dataset node: an exported script needs data to train on</source>
        <translation>그래프에 Dataset 노드가 없습니다: 내보낸 스크립트에는 학습할 데이터가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the graph has no loss computed from the data</source>
        <translation>그래프에 데이터로 계산한 손실이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exporters do not yet write graphs with several optimizers; train this graph in nodeflow (nodeflow train)</source>
        <translation>내보내기는 아직 옵티마이저가 여럿인 그래프를 쓰지 못합니다: 이 그래프는 nodeflow에서 학습하세요 (nodeflow train)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exporters do not yet write nodes that share another node&apos;s weights</source>
        <translation>내보내기는 아직 다른 노드의 가중치를 함께 쓰는 노드를 쓰지 못합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exporters do not yet write graphs with Noise or Constant sources</source>
        <translation>내보내기는 아직 Noise나 Constant 소스가 있는 그래프를 쓰지 못합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Dense layer gives the Q-values</source>
        <translation>Q 값을 내는 Dense 층이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the RL export needs one activation (ReLU or Tanh) and one bias setting for all Dense layers</source>
        <translation>강화 학습(RL) 내보내기에는 모든 Dense 층에 같은 활성화(ReLU나 Tanh)와 같은 편향 설정이 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the RL export keeps the learning rate constant; set schedule to constant</source>
        <translation>강화 학습(RL) 내보내기는 학습률을 바꾸지 않습니다: schedule을 constant로 설정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the RL export has no weight decay; set weight_decay to 0</source>
        <translation>강화 학습(RL) 내보내기에는 가중치 감소가 없습니다: weight_decay를 0으로 설정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agent&apos;s export learns from scratch; it takes no --weights</source>
        <translation>에이전트를 내보낸 스크립트는 처음부터 학습합니다: --weights를 받지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agent&apos;s export always trains (it has no prediction-only form); drop --no-train</source>
        <translation>에이전트를 내보낸 스크립트는 늘 학습합니다 (예측만 하는 형태가 없습니다): --no-train을 빼세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the RL export takes one chain of layers from the Environment&apos;s state to the TDLoss; here {n} wires leave {node}</source>
        <translation>강화 학습(RL) 내보내기는 Environment의 상태에서 TDLoss까지 이어지는 층 사슬 하나만 받습니다: 여기서는 {node}에서 연결선 {n}개가 나갑니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the RL export draws weights as init auto does; set init to auto</source>
        <translation>강화 학습(RL) 내보내기는 init auto처럼 가중치를 뽑습니다: init을 auto로 설정하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the RL export holds Dense layers with ReLU or Tanh between them, not {kind} (train this graph in the app or with `nodeflow train`)</source>
        <translation>강화 학습(RL) 내보내기는 Dense 층 사이에 {kind}이(가) 아니라 ReLU나 Tanh만 둡니다 (이 그래프는 앱이나 `nodeflow train`으로 학습하세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{module} has no top-level definition {name}</source>
        <translation>{module}에는 최상위 정의 {name}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two definitions named {name}: {a} and {b}</source>
        <translation>이름이 {name}인 정의가 둘입니다: {a}, {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is imported from nodeflow inside a function</source>
        <translation>{name}을(를) 함수 안에서 nodeflow로부터 가져옵니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module import {name} cannot be copied</source>
        <translation>모듈 가져오기 {name}은(는) 옮겨 적을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} losses have no PyTorch form in the exporter</source>
        <translation>내보내기에는 {type} 손실의 PyTorch 형태가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no torch.optim equivalent</source>
        <translation>대응하는 torch.optim이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the torch target always includes training; use --target numpy for a predict-only module</source>
        <translation>torch 대상은 늘 학습을 포함합니다: 예측만 하는 모듈은 --target numpy로 만드세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} nodes have no PyTorch form in the exporter</source>
        <translation>내보내기에는 {type} 노드의 PyTorch 형태가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} parameters are not an object</source>
        <translation>{type}의 매개변수가 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model learned nothing: its validation loss {loss} is no better than {constant} ({baseline}); {advice}</source>
        <translation>모델이 아무것도 배우지 못했습니다: 검증 손실 {loss}이(가) {constant}({baseline})보다 낫지 않습니다. {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model learned nothing: its training loss {loss} is no better than {constant} ({baseline}); {advice}</source>
        <translation>모델이 아무것도 배우지 못했습니다: 학습 손실 {loss}이(가) {constant}({baseline})보다 낫지 않습니다. {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always predicting the training targets&apos; mean</source>
        <translation>늘 학습 데이터 목표값의 평균을 예측하는 것</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always predicting the training targets&apos; median</source>
        <translation>늘 학습 데이터 목표값의 중앙값을 예측하는 것</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always predicting one constant</source>
        <translation>늘 같은 상수 하나를 예측하는 것</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always predicting each class&apos;s share of the training data</source>
        <translation>늘 학습 데이터의 클래스 비율을 예측하는 것</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standardize the targets (Dataset ▸ standardize_target), try another learning rate, or train longer</source>
        <translation>목표값을 표준화하거나(Dataset ▸ standardize_target), 다른 학습률을 써 보거나, 더 오래 학습하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try another learning rate, train longer, or check that the inputs say something about the labels</source>
        <translation>다른 학습률을 써 보거나, 더 오래 학습하거나, 입력이 레이블에 대해 알려 주는 것이 있는지 확인하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: text column, given as category index 0..{last} ({listed})</source>
        <translation>{column}: 텍스트 열, 범주 번호 0..{last}(으)로 바꿨습니다 ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: text column, one-hot encoded as {n} inputs ({listed})</source>
        <translation>{column}: 텍스트 열, 입력 {n}개로 원-핫 인코딩했습니다 ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {n} missing value filled with {fill} ({lines})</source>
        <translation>{column}: 빠진 값 {n}개를 {fill}(으)로 채웠습니다 ({lines})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {n} missing values filled with {fill} ({lines})</source>
        <translation>{column}: 빠진 값 {n}개를 {fill}(으)로 채웠습니다 ({lines})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mean {value}</source>
        <translation>평균 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the median {value}</source>
        <translation>중앙값 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {n}</source>
        <translation>{n}번째 줄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines {numbers}</source>
        <translation>{numbers}번째 줄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class folders without images left out: {folders}</source>
        <translation>이미지가 없는 클래스 폴더는 뺐습니다: {folders}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {n} bad row left out ({lines}); training uses the other {m}</source>
        <translation>{name}: 잘못된 행 {n}개를 뺐습니다 ({lines}). 학습에는 나머지 {m}개를 씁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {n} bad rows left out ({lines}); training uses the other {m}</source>
        <translation>{name}: 잘못된 행 {n}개를 뺐습니다 ({lines}). 학습에는 나머지 {m}개를 씁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines {a} and {b}</source>
        <translation>{a}, {b}번째 줄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {message}</source>
        <translation>{line}번째 줄: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: all {count} data rows are bad ({rows})</source>
        <translation>{name}: 데이터 행 {count}개가 모두 잘못되었습니다 ({rows})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: all {count} data rows are bad ({rows}; …)</source>
        <translation>{name}: 데이터 행 {count}개가 모두 잘못되었습니다 ({rows}; …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} line {line}: {message} (fix it, or set skip_bad_rows to leave bad rows out)</source>
        <translation>{name} {line}번째 줄: {message} (고치거나, skip_bad_rows를 켜서 잘못된 행을 빼세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it gives {kind}, not a NodeSpec or a list of them</source>
        <translation>NodeSpec이나 NodeSpec 목록이 아닌 {kind}을(를) 돌려줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it declares no node types</source>
        <translation>노드 타입을 하나도 선언하지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block is checked through its inner nodes</source>
        <translation>블록은 안쪽 노드로 검사합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;block&quot; must be an object, got {kind}</source>
        <translation>&quot;block&quot;은 객체여야 하는데 {kind}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block needs at least one node</source>
        <translation>블록에는 노드가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block: node {name} cannot be in a block</source>
        <translation>블록: 노드 {name}은(는) 블록에 넣을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block: {message}</source>
        <translation>블록: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block: {kind} {item} must be {&quot;name&quot;: ..., &quot;{key}&quot;: [inner node, port]}</source>
        <translation>블록: {kind} {item}은(는) {&quot;name&quot;: ..., &quot;{key}&quot;: [inner node, port]} 형식이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block: {kind} {item} must be {&quot;name&quot;: ..., &quot;{key}&quot;: [[inner node, port], ...]}</source>
        <translation>블록: {kind} {item}은(는) {&quot;name&quot;: ..., &quot;{key}&quot;: [[inner node, port], ...]} 형식이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block: two {kind} are named {name}</source>
        <translation>블록: 두 {kind}의 이름이 똑같이 {name}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block: {node} has no {kind} port {port}</source>
        <translation>블록: {node}에는 {kind} 포트 {port}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the block&apos;s port cards stay (its ports are changed on the graph outside)</source>
        <translation>블록의 포트 카드는 지울 수 없습니다 (포트는 바깥 그래프에서 바꿉니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a node id inside a block cannot hold &apos;{sep}&apos;</source>
        <translation>블록 안 노드의 id에는 &apos;{sep}&apos;을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block cannot hold it (blocks inside blocks and missing node types are not supported)</source>
        <translation>블록에 담을 수 없습니다 (블록 안의 블록과 없는 노드 종류는 지원하지 않습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block holds layers, merges and activations, not a {category} node</source>
        <translation>블록에는 층, 병합, 활성화 노드만 담을 수 있고 {category} 노드는 담을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the block&apos;s output &apos;{port}&apos; must stay wired inside it (drag another wire onto it to replace this one)</source>
        <translation>블록의 출력 &apos;{port}&apos;은(는) 안쪽에서 연결된 채로 있어야 합니다 (바꾸려면 다른 연결선을 그 위로 끌어다 놓으세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the block&apos;s input &apos;{port}&apos; is not wired on the graph outside</source>
        <translation>블록의 입력 &apos;{port}&apos;이(가) 바깥 그래프에서 연결되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the block&apos;s output &apos;{port}&apos; is not wired inside it</source>
        <translation>블록의 출력 &apos;{port}&apos;이(가) 안쪽에서 연결되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the block&apos;s port card takes its shapes from the graph outside</source>
        <translation>블록의 포트 카드는 바깥 그래프에서 모양을 받습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block file holds exactly one block node and no wires</source>
        <translation>블록 파일에는 블록 노드가 정확히 하나 있고 연결선은 없어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it declares {kind}, not a NodeSpec</source>
        <translation>NodeSpec이 아닌 {kind}을(를) 선언합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node type name {name} is not a name (letters, digits, _)</source>
        <translation>노드 타입 이름 {name}은(는) 이름으로 쓸 수 없습니다(글자, 숫자, _만 씁니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node type {name} is already declared (by nodeflow or another plugin)</source>
        <translation>노드 타입 {name}은(는) 이미 선언되어 있습니다(nodeflow나 다른 플러그인이 선언)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel must be &apos;module:Class&apos;, got {got}</source>
        <translation>kernel은 &apos;module:Class&apos; 형식이어야 하는데 {got}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel {kernel}: {module} has no {attr}</source>
        <translation>kernel {kernel}: {module}에 {attr}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel {kernel} has no {method}()</source>
        <translation>kernel {kernel}에 {method}()가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its shape rule gives no type for every output on its sample inputs</source>
        <translation>예시 입력에서 모양 규칙이 모든 출력의 타입을 내지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declares node type {name} twice</source>
        <translation>노드 타입 {name}을(를) 두 번 선언합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds a table of {shape}, expected {expected}</source>
        <translation>파일의 표가 {shape}인데 {expected}이어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has {count} bad rows: {rows} (fix them, or set skip_bad_rows to leave them out)</source>
        <translation>{name}에 잘못된 행이 {count}개 있습니다: {rows} (고치거나, skip_bad_rows를 켜서 빼세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has {count} bad rows: {rows}; and {more} more (fix them, or set skip_bad_rows to leave them out)</source>
        <translation>{name}에 잘못된 행이 {count}개 있습니다: {rows}; 그 밖에 {more}개 (고치거나, skip_bad_rows를 켜서 빼세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dataset &apos;{node}&apos; is a placeholder: the model expects x of shape {shape}; set its source (an npz file with arrays x and y, for example) to data of that shape.</source>
        <translation>Dataset &apos;{node}&apos;은(는) 자리만 채운 것입니다: 모델은 모양이 {shape}인 x를 받습니다. source를 그 모양의 데이터(예: 배열 x와 y가 든 npz 파일)로 설정하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To train it, wire its output ({outputs}) and the Dataset&apos;s y into a loss, and the loss into an optimizer.</source>
        <translation>학습하려면 출력({outputs})과 Dataset의 y를 손실에 연결하고, 그 손실을 옵티마이저에 연결하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s training set-up was not restored ({detail}).</source>
        <translation>파일의 학습 설정은 되살리지 못했습니다 ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss ({loss}) and optimizer come from the model&apos;s compile settings.</source>
        <translation>손실({loss})과 옵티마이저는 모델의 compile 설정에서 가져왔습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras gives images channels-last (N, H, W, C); this graph takes them channels-first (N, C, H, W): feed x.transpose(0, 3, 1, 2).</source>
        <translation>Keras는 이미지를 채널이 마지막인 (N, H, W, C)로 주지만, 이 그래프는 채널이 먼저인 (N, C, H, W)로 받습니다: x.transpose(0, 3, 1, 2)를 넣으세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s loss ({loss}) or optimizer has no nodeflow node; add both to train it.</source>
        <translation>모델의 손실({loss})이나 옵티마이저에 맞는 nodeflow 노드가 없습니다: 학습하려면 둘 다 추가하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s loss {loss} needs probabilities (a final {node}); add a loss to train it.</source>
        <translation>모델의 손실 {loss}에는 확률(마지막의 {node})이 필요합니다: 학습하려면 손실을 추가하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training diverged in episode {episode} (the TD loss became {value}); try a smaller learning rate</source>
        <translation>에피소드 {episode}에서 학습이 발산했습니다 (TD 손실이 {value}이(가) 됨). 더 작은 학습률을 써 보세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training diverged in episode {episode} (a Q-value became {value}); try a smaller learning rate</source>
        <translation>에피소드 {episode}에서 학습이 발산했습니다 (Q 값 하나가 {value}이(가) 됨). 더 작은 학습률을 써 보세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel</source>
        <translation>커널(kernel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pool window</source>
        <translation>풀링 창(pool window)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} · {n} episodes</source>
        <translation>{source} · 에피소드 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concat axis {axis}</source>
        <translation>Concat 축 {axis}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data were given but the graph has no Dataset node</source>
        <translation>데이터가 주어졌지만 그래프에 Dataset 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the given data have samples of shape {got}, the Dataset gives {expected}</source>
        <translation>주어진 데이터의 샘플 모양은 {got}인데 Dataset은 {expected}를 냅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the given data are {got}, the run is {dtype}</source>
        <translation>주어진 데이터는 {got}인데 실행은 {dtype}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped: another document was opened</source>
        <translation>멈춤: 다른 문서를 열었습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be bypassed: it turns {got} into {out}, so passing its input through would change what the next node gets; take the bypass off (M)</source>
        <translation>우회할 수 없습니다: {got}을(를) {out}(으)로 바꾸므로 입력을 그대로 통과시키면 다음 노드가 받는 것이 달라집니다; 우회를 해제하세요 (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be bypassed: it turns {got} into {out}, so passing its input through would change what the next node gets</source>
        <translation>우회할 수 없습니다: {got}을(를) {out}(으)로 바꾸므로 입력을 그대로 통과시키면 다음 노드가 받는 것이 달라집니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be bypassed: {type} ({category}) has no input it could pass on to an output</source>
        <translation>우회할 수 없습니다: {type} ({category})에는 출력으로 넘겨줄 입력이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be bypassed: {type} has no single input and output to pass through</source>
        <translation>우회할 수 없습니다: {type}에는 통과시킬 단일 입력과 출력이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be bypassed: its node type {type} is not installed</source>
        <translation>우회할 수 없습니다: 노드 종류 {type}이(가) 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be bypassed: its node type is unknown</source>
        <translation>우회할 수 없습니다: 알 수 없는 노드 종류입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input &apos;{port}&apos; is not connected (a bypassed node passes its input on)</source>
        <translation>입력 &apos;{port}&apos;이(가) 연결되지 않았습니다 (우회한 노드는 입력을 그대로 넘겨줍니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;bypass&quot; must be true or false, got {value}</source>
        <translation>&quot;bypass&quot;는 true 또는 false여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown node type {type} (not installed: a plugin&apos;s node type or a newer nodeflow&apos;s)</source>
        <translation>알 수 없는 노드 종류 {type} (설치되지 않음: 플러그인의 노드 종류이거나 더 새로운 nodeflow의 노드)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown node type {type}: this nodeflow does not have it (a plugin that is not installed, or a node of a newer version); its parameters and wires are kept and saved unchanged</source>
        <translation>알 수 없는 노드 종류 {type}: 이 nodeflow에는 없습니다 (설치되지 않은 플러그인이거나 더 새로운 버전의 노드); 매개변수와 연결은 그대로 보존되어 바뀌지 않고 저장됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown node type {type}</source>
        <translation>알 수 없는 노드 종류 {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its float target must hold class probabilities (one-hot or soft labels: each value in [0, 1], each row summing to 1), but row {row} of the batch is [{values}]; wire class labels into target, or use MSE to fit numbers</source>
        <translation>실수 target은 클래스 확률이어야 합니다(원-핫이나 소프트 레이블: 값은 모두 [0, 1] 안에 있고 행마다 합이 1). 그런데 배치의 {row}번째 행이 [{values}]입니다. target에 클래스 레이블을 연결하거나, 수치를 맞추려면 MSE를 쓰세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped before it began</source>
        <translation>시작하기 전에 멈춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped before it finished</source>
        <translation>끝나기 전에 멈춤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the GAN views need two objectives: a discriminator&apos;s loss and a generator&apos;s</source>
        <translation>GAN 보기에는 목표가 두 개 필요합니다: 판별자의 손실과 생성자의 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Noise node: a generator turns noise into samples</source>
        <translation>Noise 노드가 없습니다: 생성자는 노이즈를 표본으로 바꿉니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no optimizer trains a generator: weights fed by the Noise and not by the real data</source>
        <translation>생성자를 학습하는 옵티마이저가 없습니다: 생성자는 Noise에서 오고 실제 데이터는 닿지 않는 가중치입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no optimizer trains a discriminator: weights the real data reach</source>
        <translation>판별자를 학습하는 옵티마이저가 없습니다: 판별자는 실제 데이터가 닿는 가중치입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the generator&apos;s loss reads no pred</source>
        <translation>생성자의 손실에 예측(pred) 입력이 연결되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the generator&apos;s samples do not reach the discriminator</source>
        <translation>생성자의 표본이 판별자에 닿지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the GAN views cannot evaluate a path that reads {node}</source>
        <translation>GAN 보기는 {node}을(를) 읽는 경로를 계산할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ExperimentsController</name>
    <message>
        <location filename="../experiments/controller.py" line="+161"/>
        <location line="+180"/>
        <location line="+71"/>
        <source>No shared surface: {reason}</source>
        <translation>공유 손실 곡면 없음: {reason}</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Run &amp;Variants…</source>
        <translation>변형 실행(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train several variants of this graph side by side from the same start: an optimizer race, batch sizes, learning rates, activations</source>
        <translation>같은 시작점에서 이 그래프의 여러 변형을 나란히 학습합니다: 옵티마이저 경주, 배치 크기, 학습률, 활성화</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Train Again from the &amp;Same Start</source>
        <translation>같은 시작점에서 다시 학습(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the graph as it is now from the initial weights and data order of the run selected in the Runs tab (or the latest run)</source>
        <translation>실행 탭에서 고른 실행(없으면 마지막 실행)의 초기 가중치와 데이터 순서로 지금의 그래프를 학습합니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Variants are already training: stop them first</source>
        <translation>변형이 이미 학습 중입니다: 먼저 멈추세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training is running: stop it before running variants</source>
        <translation>학습이 진행 중입니다: 변형을 실행하기 전에 멈추세요</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot run the variants: {problem}</source>
        <translation>변형을 실행할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Training {count} variants in {workers} worker processes</source>
        <translation>작업 프로세스 {workers}개에서 변형 {count}개를 학습하는 중</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training is running: stop it first</source>
        <translation>학습이 진행 중입니다: 먼저 멈추세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No earlier run to start from: press Train first</source>
        <translation>시작점으로 쓸 이전 실행이 없습니다: 먼저 학습을 누르세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot train again: {problem}</source>
        <translation>다시 학습할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{count} variants in {seconds} s</source>
        <translation>변형 {count}개, {seconds}초</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>best: {variant} (loss {loss})</source>
        <translation>최고: {variant} (손실 {loss})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} diverged</source>
        <translation>{count}개 발산</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Resume</source>
        <translation>다시 시작(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The paths are drawn as soon as the variants have trained a little.</source>
        <translation>변형이 조금 학습하면 곧 경로를 그립니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Computing the loss surface under every path…</source>
        <translation>모든 경로 아래의 손실 곡면을 계산하는 중…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Experiments</source>
        <translation>실험</translation>
    </message>
</context>
<context>
    <name>ExperimentsPanel</name>
    <message>
        <location filename="../experiments/panel.py" line="+93"/>
        <source>Run ▸ Run Variants… trains several variants of this graph side by side, all from the same start.</source>
        <translation>실행 ▸ 변형 실행…은 이 그래프의 여러 변형을 모두 같은 시작점에서 나란히 학습합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+98"/>
        <location line="+4"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV로 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the results table as CSV</source>
        <translation>결과 표를 CSV로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG/SVG…</source>
        <translation>PNG/SVG로 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the curves as a PNG image or an SVG drawing</source>
        <translation>곡선을 PNG 이미지나 SVG 그림으로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Race</source>
        <translation>경주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>손실 곡면</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The paths are drawn while the variants train (every few seconds while this tab is shown) and once more when they end.</source>
        <translation>변형이 학습하는 동안(이 탭이 보일 때 몇 초마다) 경로를 그리고, 끝나면 한 번 더 그립니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} variants: {ended} ended, {running} training, {waiting} waiting for a worker</source>
        <translation>변형 {count}개: {ended}개 끝남, {running}개 학습 중, {waiting}개 작업 프로세스 대기 중</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} variants: {ended} ended, {running} training</source>
        <translation>변형 {count}개: {ended}개 끝남, {running}개 학습 중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save the results table</source>
        <translation>결과 표 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the curves</source>
        <translation>곡선 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../compute/explain.py" line="+57"/>
        <source> + … ({more} more terms)</source>
        <translation> + … (항 {more}개 더)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample {n}, unit {j}: y = {terms}{bias} = {value} (the engine: {engine})</source>
        <translation>샘플 {n}, 유닛 {j}: y = {terms}{bias} = {value} (엔진: {engine})</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../compute/explain_activations.py" line="+47"/>
        <source>No gradient flows through this node (it does not lead to the loss, or nothing before it learns).</source>
        <translation>이 노드로는 기울기가 흐르지 않습니다(손실로 이어지지 않거나, 앞에 학습하는 것이 없습니다).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the weight W[{i},{j}]: sample {n} gives x · δ = {x} × {d} = {p}</source>
        <translation>가중치 W[{i},{j}]: 샘플 {n}의 x · δ = {x} × {d} = {p}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∂L/∂W[{i},{j}] = Σₙ xₙ · δₙ over {count} samples = {total} (the engine: {engine})</source>
        <translation>∂L/∂W[{i},{j}] = 샘플 {count}개에 대한 Σₙ xₙ · δₙ = {total} (엔진: {engine})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gradient leaving ∂L/∂x[{n},{i}] = Σⱼ δ[{n},j] · W[{i},j] = {value} (the engine: {engine})</source>
        <translation>나가는 기울기 ∂L/∂x[{n},{i}] = Σⱼ δ[{n},j] · W[{i},j] = {value} (엔진: {engine})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chain rule: ∂L/∂W[{i},{j}] = Σₙ ∂L/∂a · f′(s) · x, with a = {act}(s)</source>
        <translation>연쇄 법칙: ∂L/∂W[{i},{j}] = Σₙ ∂L/∂a · f′(s) · x, 여기서 a = {act}(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample {n}: {da} × {local} × {x} = {p}</source>
        <translation>샘플 {n}: {da} × {local} × {x} = {p}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sigmoid with binary cross-entropy: ∂L/∂W[{i},{j}] = Σₙ (xₙ − tₙ) · xₙᵢ / M = {value} (x: the sigmoid&apos;s output, M = {m} values)</source>
        <translation>Sigmoid와 이진 교차 엔트로피: ∂L/∂W[{i},{j}] = Σₙ (xₙ − tₙ) · xₙᵢ / M = {value} (x: 시그모이드의 출력, M = 값 {m}개)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fused with {act}: ∂L/∂s = (p − t)/{count}, computed from the logits s (finite for any s)</source>
        <translation>{act}와 합쳐짐: ∂L/∂s = (p − t)/{count}, 로짓 s에서 계산(어떤 s에도 유한)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L = {loss} on this batch of {n} samples</source>
        <translation>샘플 {n}개인 이 배치에서 L = {loss}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sample {n}, output {k}: p = {p}, t = {t}</source>
        <translation>샘플 {n}, 출력 {k}: p = {p}, t = {t}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>∂L/∂p = {value} (the engine: {engine})</source>
        <translation>∂L/∂p = {value} (엔진: {engine})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>∂L/∂s = ({p} − {t}) / {count} = {value} (the engine: {engine})</source>
        <translation>∂L/∂s = ({p} − {t}) / {count} = {value} (엔진: {engine})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This batch: {n} samples of the training split (rows {rows})</source>
        <translation>이번 배치: 학습 데이터의 샘플 {n}개(행 {rows})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Update number {t} with learning rate η = {lr}; select a layer to see one weight&apos;s update with its numbers.</source>
        <translation>학습률 η = {lr}로 {t}번째 갱신입니다. 층을 선택하면 가중치 하나의 갱신을 숫자와 함께 봅니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This node runs in the step of another objective (the loss {loss}); the numbers shown are those of the first objective&apos;s step.</source>
        <translation>이 노드는 다른 목적(손실 {loss})의 단계에서 실행됩니다. 보이는 숫자는 첫 번째 목적의 단계에서 나온 것입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This node does not run on the batch (it is not wired to the data).</source>
        <translation>이 노드는 배치에서 실행되지 않습니다(데이터와 연결되어 있지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../nodes/catalogue/conv.py" line="+167"/>
        <source>y = max over each window</source>
        <translation>y = 각 창의 최댓값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂x = ∂L/∂y at the window&apos;s maximum, 0 elsewhere</source>
        <translation>∂L/∂x = 창의 최댓값 자리에서는 ∂L/∂y, 나머지는 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = mean over each window</source>
        <translation>y = 각 창의 평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂x = ∂L/∂y / (window size), spread evenly</source>
        <translation>∂L/∂x = ∂L/∂y / (창 크기), 고르게 나눔</translation>
    </message>
    <message>
        <location filename="../../nodes/catalogue/layers.py" line="+138"/>
        <source>y = x reshaped to (N, C·H·W)</source>
        <translation>y = x를 (N, C·H·W) 모양으로 바꾼 것</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>∂L/∂x = ∂L/∂y reshaped back</source>
        <translation>∂L/∂x = ∂L/∂y를 원래 모양으로 되돌린 것</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y = x reshaped</source>
        <translation>y = x의 모양을 바꾼 것</translation>
    </message>
    <message>
        <location filename="../../nodes/catalogue/merge.py" line="+91"/>
        <source>y = [a, b] along the axis</source>
        <translation>y = 축을 따라 이어 붙인 [a, b]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂a, ∂L/∂b = the two parts of ∂L/∂y</source>
        <translation>∂L/∂a, ∂L/∂b = ∂L/∂y의 두 부분</translation>
    </message>
    <message>
        <location filename="../../nodes/catalogue/layers.py" line="+38"/>
        <source>μ_B, σ²_B: mean and variance over the batch (running averages at inference)</source>
        <translation>μ_B, σ²_B: 배치에 대한 평균과 분산(추론 때는 이동 평균)</translation>
    </message>
    <message>
        <location filename="../../nodes/catalogue/recurrent.py" line="+87"/>
        <source>∂L/∂W = Σ_t x_tᵀ δ_t  (backpropagation through time)</source>
        <translation>∂L/∂W = Σ_t x_tᵀ δ_t  (시간에 따른 역전파)</translation>
    </message>
    <message>
        <location filename="../../compute/explain.py" line="+16"/>
        <source>gradient arriving at {port}: {value}</source>
        <translation>{port}에 들어오는 기울기: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gradient leaving through {port}: {value}</source>
        <translation>{port}로 나가는 기울기: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sample {n}, unit {j}: x = {x}, p = {p}, m / (1 − p) = {m}, y = {y}</source>
        <translation>샘플 {n}, 유닛 {j}: x = {x}, p = {p}, m / (1 − p) = {m}, y = {y}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gradient leaving ∂L/∂x = {dy} × {m} = {value} (the engine: {engine})</source>
        <translation>나가는 기울기 ∂L/∂x = {dy} × {m} = {value} (엔진: {engine})</translation>
    </message>
    <message>
        <location filename="../../compute/explain_activations.py" line="-11"/>
        <source>Backward: gradient leaving = gradient arriving × f′(s)</source>
        <translation>역방향: 나가는 기울기 = 들어오는 기울기 × f′(s)</translation>
    </message>
    <message>
        <location filename="../../nodes/catalogue/activations.py" line="+128"/>
        <source>Step&apos;s derivative is 0 almost everywhere: no gradient passes it, so the layers before it cannot learn.</source>
        <translation>Step의 미분은 거의 모든 곳에서 0입니다. 기울기가 통과하지 못하므로 그 앞의 층은 학습할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../compute/explain_activations.py" line="+7"/>
        <source>Sample {n}, unit {j}: s = {s}, f(s) = {y}</source>
        <translation>샘플 {n}, 유닛 {j}: s = {s}, f(s) = {y}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gradient arriving ∂L/∂y = {dy}</source>
        <translation>들어오는 기울기 ∂L/∂y = {dy}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local derivative f′(s) = {d}</source>
        <translation>국소 미분 f′(s) = {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient leaving ∂L/∂s = {dy} × {d} = {product} (the engine: {engine})</source>
        <translation>나가는 기울기 ∂L/∂s = {dy} × {d} = {product} (엔진: {engine})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sample {n}, class {k}: s = {s}, y = {y}</source>
        <translation>샘플 {n}, 클래스 {k}: s = {s}, y = {y}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gradient arriving ∂L/∂y = {dy}, Σₘ ∂L/∂yₘ · yₘ = {dot}</source>
        <translation>들어오는 기울기 ∂L/∂y = {dy}, Σₘ ∂L/∂yₘ · yₘ = {dot}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gradient leaving ∂L/∂s = {y} × ({dy} − {dot}) = {value} (the engine: {engine})</source>
        <translation>나가는 기울기 ∂L/∂s = {y} × ({dy} − {dot}) = {value} (엔진: {engine})</translation>
    </message>
    <message>
        <location filename="../../compute/explain_base.py" line="+82"/>
        <source>{bad} values are NaN or inf</source>
        <translation>값 {bad}개가 NaN 또는 inf입니다</translation>
    </message>
    <message>
        <location filename="../../compute/explain_update.py" line="+57"/>
        <source>weight decay: ∇ ← ∇ + λw (λ = {decay})</source>
        <translation>가중치 감소: ∇ ← ∇ + λw (λ = {decay})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>old weight w = {w}, gradient ∇ = {g}, learning rate η = {lr}</source>
        <translation>이전 가중치 w = {w}, 기울기 ∇ = {g}, 학습률 η = {lr}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new weight {new} (the engine: {engine}), moved by {delta}</source>
        <translation>새 가중치 {new} (엔진: {engine}), 변화량 {delta}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with momentum μ &gt; 0 it steps as the Momentum node: v ← μv − η∇,  w ← w + v</source>
        <translation>모멘텀(momentum) μ &gt; 0이면 Momentum 노드처럼 갱신합니다: v ← μv − η∇,  w ← w + v</translation>
    </message>
    <message>
        <location filename="../../nodes/catalogue/optimizers.py" line="+146"/>
        <source>(the engine keeps u = −v/η: u ← αu + ∇, w ← w − ηu; the same for a fixed η)</source>
        <translation>(엔진은 u = −v/η를 저장합니다: u ← αu + ∇, w ← w − ηu. 학습률(learning rate) η가 고정이면 같은 갱신입니다)</translation>
    </message>
</context>
<context>
    <name>ExplainTab</name>
    <message>
        <location filename="../stepping/explain_tab.py" line="+61"/>
        <source>Sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sample of the batch the numbers are for</source>
        <translation>숫자를 보여 줄 배치 안의 샘플</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which output unit (column) of the node</source>
        <translation>노드의 어느 출력 유닛(열)인지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which input of a Dense layer: the weight shown is W[input, unit]</source>
        <translation>Dense 층의 어느 입력인지: 보여 주는 가중치는 W[입력, 유닛]입니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Press Step (F8) to train one batch, then select a node to see how its numbers were computed.</source>
        <translation>단계(F8)를 눌러 배치 하나를 학습한 다음, 노드를 선택하면 그 숫자가 어떻게 계산되었는지 봅니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a node on the canvas to explain it.</source>
        <translation>설명을 보려면 캔버스에서 노드를 선택하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Formula</source>
        <translation>식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward, with this batch&apos;s numbers</source>
        <translation>순방향, 이 배치의 숫자로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward: gradient arriving × local derivative = gradient leaving</source>
        <translation>역방향: 들어오는 기울기 × 국소 미분 = 나가는 기울기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update of W[{i},{j}] by {optimizer}</source>
        <translation>{optimizer}에 의한 W[{i},{j}]의 갱신</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{type}: f and its derivative f′</source>
        <translation>{type}: f와 그 미분 f′</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../file_ops.py" line="+29"/>
        <source>nodeflow graphs (*.nodeflow);;All files (*)</source>
        <translation>nodeflow 그래프 (*.nodeflow);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>닫기 전에 “{name}”의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open graph</source>
        <translation>그래프 열기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save graph</source>
        <translation>그래프 저장</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PyTorch script (*.py)</source>
        <translation>PyTorch 스크립트 (*.py)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NumPy script (*.py)</source>
        <translation>NumPy 스크립트 (*.py)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Python script</source>
        <translation>Python 스크립트로 내보내기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved untitled work</source>
        <translation>저장하지 않은 제목 없는 작업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodeflow found unsaved work on an untitled graph from {saved_at}.
Keep it? It is kept as a file you can open from File ▸ Open Recent.</source>
        <translation>{saved_at}에 작업하다 저장하지 않은 제목 없는 그래프가 있습니다.
보관할까요? 파일 ▸ 최근 파일에서 열 수 있는 파일로 보관됩니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodeflow found unsaved changes to “{name}” from {saved_at}.
Recover them?</source>
        <translation>{saved_at}에 “{name}”에서 저장하지 않은 변경 사항이 있습니다.
복구할까요?</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>cannot open {file}: not enough memory</source>
        <translation>{file}을(를) 열 수 없습니다: 메모리가 부족합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read {file}: {reason}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open graph</source>
        <translation>그래프를 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot keep the untitled work</source>
        <translation>제목 없는 작업을 보관할 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it stays at {file}: {reason}</source>
        <translation>{file}에 그대로 남아 있습니다: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved untitled work kept as {name}: File ▸ Open Recent</source>
        <translation>저장하지 않은 제목 없는 작업을 {name}(으)로 보관했습니다: 파일 ▸ 최근 파일</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot save {file}: {reason}</source>
        <translation>{file}을(를) 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save graph</source>
        <translation>그래프를 저장할 수 없습니다</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Autosave failed: {reason}</source>
        <translation>자동 저장 실패: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot recover</source>
        <translation>복구할 수 없습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the autosave could not be read: {reason}</source>
        <translation>자동 저장 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>FloatEditor</name>
    <message>
        <location filename="../param_editors.py" line="+152"/>
        <source>parameter &apos;{param}&apos; must be a number, got {value}</source>
        <translation>매개변수 &apos;{param}&apos;에는 숫자만 쓸 수 있습니다 (입력: {value})</translation>
    </message>
</context>
<context>
    <name>GanCurves</name>
    <message>
        <location filename="../gan/curves.py" line="+91"/>
        <source>Losses per epoch</source>
        <translation>에포크마다의 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(x) on real and generated</source>
        <translation>실제와 생성된 표본의 D(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bold: D&apos;s mean output on real samples (green) and on generated ones (purple); 0.5 is where D can no longer tell them apart. Faint dashed: the share of each that D puts on the right side of 0.5 (its accuracy).</source>
        <translation>굵은 선: 실제 표본(초록)과 생성된 표본(보라)에 대한 D 출력의 평균. 0.5는 D가 더 이상 둘을 가려내지 못하는 지점입니다. 옅은 점선: D가 0.5의 올바른 쪽에 놓은 비율(정확도).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D(real)</source>
        <translation>D(실제)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D(generated)</source>
        <translation>D(생성)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D right on real</source>
        <translation>D가 진짜를 맞힘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D right on generated</source>
        <translation>D가 생성 샘플을 맞힘</translation>
    </message>
</context>
<context>
    <name>GanPanel</name>
    <message>
        <location filename="../gan/panel.py" line="+155"/>
        <source>Train to watch the game: the generator G turns noise into samples, the discriminator D tells real from generated, and each learns against the other.</source>
        <translation>학습을 시작해 게임을 지켜보세요. 생성자 G는 잡음을 표본으로 바꾸고, 판별자 D는 실제와 생성된 표본을 가려내며, 둘은 서로에 맞서 배웁니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No GAN pictures for this graph: {reason}</source>
        <translation>이 그래프로는 GAN 그림을 그릴 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epoch {n}</source>
        <translation>에포크 {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generated mean {m}, std {s}; real {rm}, {rs}</source>
        <translation>생성 평균 {m}, 표준편차 {s}; 실제 {rm}, {rs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>modes covered: {k} of {n}</source>
        <translation>덮은 모드: {n}개 중 {k}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(real) {r:.2f}, D(generated) {f:.2f}</source>
        <translation>D(실제) {r:.2f}, D(생성) {f:.2f}</translation>
    </message>
</context>
<context>
    <name>Gradcheck</name>
    <message>
        <location filename="../training/gradcheck_view.py" line="+35"/>
        <source>Gradient check: largest relative difference between backprop and central differences {measured} at {where}, over {n} sampled weights; </source>
        <translation>기울기 확인: 역전파와 중심 차분의 가장 큰 상대 차이 {measured} ({where}), 표본으로 뽑은 가중치 {n}개 기준; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gradient check: largest relative difference between backprop and central differences {measured}, over {n} sampled weights; </source>
        <translation>기울기 확인: 역전파와 중심 차분의 가장 큰 상대 차이 {measured}, 표본으로 뽑은 가중치 {n}개 기준; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below the tolerance {tolerance} once rounding is allowed for: backprop is right.</source>
        <translation>반올림 오차를 감안하면 허용 오차 {tolerance}보다 작습니다: 역전파가 맞습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{error} beyond rounding, above the tolerance {tolerance}: the backward pass is wrong.</source>
        <translation>반올림 오차를 넘어 {error}, 허용 오차 {tolerance}보다 큽니다: 역전파 계산이 틀렸습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gradient check: no layer with weights to check</source>
        <translation>기울기 확인: 확인할 가중치가 있는 층이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 layer</source>
        <translation>층 1개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} layers</source>
        <translation>층 {n}개</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient check: backprop matches central differences on all {layers}; largest relative difference {measured}{where}, tolerance {tolerance}</source>
        <translation>기울기 확인: {layers} 모두에서 역전파가 중심 차분과 일치합니다. 가장 큰 상대 차이 {measured}{where}, 허용 오차 {tolerance}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient check: {n} of {layers} disagree; worst {node}, relative error {error} at {where} (tolerance {tolerance})</source>
        <translation>기울기 확인: {layers} 중 {n}개가 맞지 않습니다. 가장 나쁜 곳은 {node}, 상대 오차 {error} ({where}, 허용 오차 {tolerance})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its weights</source>
        <translation>가중치</translation>
    </message>
</context>
<context>
    <name>GraphText</name>
    <message>
        <location filename="../../../build/i18n/node_catalogue.py" line="+476"/>
        <source>Diabetes regression</source>
        <extracomment>examples/diabetes_regression.nodeflow (name)</extracomment>
        <translation>당뇨병 진행 회귀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict disease progression one year on (a number from 25 to 346) from 10 measurements, with a 32-unit ReLU hidden layer and an MSE loss. Targets stay in their own units, so the loss starts near 29,000 and falls to a validation MSE of roughly 3,000 (RMSE about 55): the data are noisy and even good models stop there. Early stopping (patience 20) ends the run after about 50 of the 200 epochs and restores the best weights.</source>
        <extracomment>examples/diabetes_regression.nodeflow (description)</extracomment>
        <translation>측정값 10개로 1년 뒤 병의 진행 정도(25에서 346 사이의 수)를 예측합니다. 유닛 32개짜리 ReLU 은닉층과 MSE 손실을 씁니다. 목표값을 원래 단위 그대로 두므로 손실은 29,000 근처에서 시작해 검증 MSE 약 3,000(RMSE 약 55)까지 내려갑니다. 데이터에 잡음이 많아 좋은 모델도 거기서 멈춥니다. 조기 종료(patience 20)가 200 에포크 중 50 에포크쯤에서 실행을 끝내고 가장 좋았던 가중치로 되돌립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits CNN</source>
        <extracomment>examples/digits_cnn.nodeflow (name)</extracomment>
        <translation>손글씨 숫자 CNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same digits as 1x8x8 images through two 3x3 convolution blocks (16 then 32 filters, &apos;same&apos; padding, ReLU, 2x2 max pooling), then Flatten and a Dense layer of 10 classes. Reaches about 97% test accuracy in 20 epochs with under two thirds of the MLP&apos;s weights. Remove the Flatten to see the shape error it prevents.</source>
        <extracomment>examples/digits_cnn.nodeflow (description)</extracomment>
        <translation>같은 손글씨 숫자를 1x8x8 이미지로 받아 3x3 합성곱 블록 두 개(필터 16개, 그다음 32개, &apos;same&apos; 패딩, ReLU, 2x2 최대 풀링)를 거친 뒤, Flatten과 클래스 10개의 Dense 층으로 보냅니다. MLP 가중치의 3분의 2도 안 되는 가중치로 20 에포크 만에 테스트 정확도 약 97%에 이릅니다. Flatten을 지워 보면 그것이 막아 주는 모양 오류를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MLP on digits</source>
        <extracomment>examples/digits_mlp.nodeflow (name)</extracomment>
        <translation>손글씨 숫자 MLP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 8x8 handwritten digits bundled with scikit-learn (1,797 images, 10 classes) as 64 numbers in a row, through a 64-128-10 network with ReLU. Reaches about 97% test accuracy in 30 epochs of Adam (training accuracy hits 100%: watch the validation curve flatten).</source>
        <extracomment>examples/digits_mlp.nodeflow (description)</extracomment>
        <translation>scikit-learn에 들어 있는 8x8 손글씨 숫자(이미지 1,797개, 클래스 10개)를 한 줄로 늘어놓은 숫자 64개로 받아, ReLU를 쓰는 64-128-10 신경망에 넣습니다. Adam으로 30 에포크 학습하면 테스트 정확도가 약 97%가 됩니다(학습 정확도는 100%에 이르니, 검증 곡선이 평평해지는 것을 보세요).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAN on a 1-D Gaussian</source>
        <extracomment>examples/gan_1d_gaussian.nodeflow (name)</extracomment>
        <translation>1차원 가우시안 GAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smallest GAN: the generator is one Dense unit, G(z) = a*z + b, turning standard normal noise into numbers; the discriminator (two LeakyReLU layers of 16, Sigmoid) learns to tell them from samples of N(4, 0.5^2), and G learns to fool it. D learns five times faster than G (lr 0.005 against 0.001, the two time-scale rule), which keeps the game stable. Watch the GAN tab: the purple histogram travels from 0 to 4, shrinks almost to a spike around epoch 100 (D punishes the spread), then widens again; after 300 epochs the generated mean is 4.0 and the standard deviation 0.50 (within 10% of the real ones), and D(x) is close to 0.5 where the samples lie: there it can no longer tell real from generated (far from every sample, where it never saw one, its value means nothing).</source>
        <extracomment>examples/gan_1d_gaussian.nodeflow (description)</extracomment>
        <translation>가장 작은 GAN: 생성자는 Dense 유닛 하나, G(z) = a*z + b로 표준 정규 노이즈를 숫자로 바꿉니다. 판별자(유닛 16개짜리 LeakyReLU 층 두 개, Sigmoid)는 그 숫자를 N(4, 0.5^2)의 샘플과 구별하도록 배우고, G는 판별자를 속이도록 배웁니다. D는 G보다 다섯 배 빨리 배우므로(학습률 0.005 대 0.001, 두 시간 척도 규칙) 게임이 안정됩니다. GAN 게임 탭을 보세요: 보라색 히스토그램이 0에서 4로 옮겨 가고, 에포크 100쯤 거의 뾰족하게 줄어들었다가(D가 퍼짐을 벌함) 다시 넓어집니다. 300 에포크 뒤 생성된 샘플의 평균은 4.0, 표준편차는 0.50(실제 값의 10% 안)이고, 샘플이 있는 곳에서 D(x)는 0.5에 가깝습니다: 거기서는 실제와 생성을 더는 구별하지 못합니다(샘플을 한 번도 본 적 없는 먼 곳의 값은 아무 뜻이 없습니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAN on two modes: coverage or collapse</source>
        <extracomment>examples/gan_2d_mixture.nodeflow (name)</extracomment>
        <translation>두 모드 GAN: 모두 덮기 또는 붕괴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two blobs of points 8 apart. As it is, D learns five times faster than G (d_opt lr 0.005, g_opt lr 0.001) and G covers both modes: after 100 epochs nearly all generated samples lie on one blob or the other, each blob with a third or more of them (the GAN tab: modes covered 2 of 2). Swap the two learning rates (d_opt 0.001, g_opt 0.005) and train again: G outruns D and no generated sample reaches the left blob in all 100 epochs (modes covered 1 of 2): mode collapse. The arrows on the generated samples show where G&apos;s next step pushes them.</source>
        <extracomment>examples/gan_2d_mixture.nodeflow (description)</extracomment>
        <translation>8만큼 떨어진 점 덩어리 두 개. 이대로면 D가 G보다 다섯 배 빨리 배우고(d_opt 학습률 0.005, g_opt 학습률 0.001) G는 두 모드를 모두 덮습니다: 100 에포크 뒤 생성된 샘플은 거의 모두 어느 한 덩어리 위에 있고, 덩어리마다 3분의 1 이상이 갑니다(GAN 게임 탭: 모드 2개 중 2개). 두 학습률을 맞바꾸고(d_opt 0.001, g_opt 0.005) 다시 학습하세요: G가 D를 앞질러, 100 에포크 내내 생성된 샘플이 하나도 왼쪽 덩어리에 가지 않습니다(모드 2개 중 1개): 모드 붕괴입니다. 생성된 샘플의 화살표는 G의 다음 걸음이 샘플을 밀어낼 방향입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAN on a ring of 8 Gaussians</source>
        <extracomment>examples/gan_2d_ring.nodeflow (name)</extracomment>
        <translation>가우시안 8개 고리 GAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test of mode collapse from the unrolled-GAN paper and GAN Lab: eight small Gaussians on a circle of radius 2. G (two ReLU layers of 64) starts as one blob in the middle; the arrows on the generated samples show D pulling them outwards. After 25 epochs the samples reach one or two modes; by epoch 75 all eight get generated samples (the GAN tab: modes covered 8 of 8), with about 60% of them within 3 standard deviations of a mode and the rest strung along the ring between modes.</source>
        <extracomment>examples/gan_2d_ring.nodeflow (description)</extracomment>
        <translation>unrolled GAN 논문과 GAN Lab의 모드 붕괴 테스트: 반지름 2인 원 위의 작은 가우시안 여덟 개. G(유닛 64개짜리 ReLU 층 두 개)는 가운데의 한 덩어리로 시작하고, 생성된 샘플의 화살표는 D가 샘플을 바깥으로 끌어당기는 모습입니다. 25 에포크 뒤 샘플이 모드 한두 개에 닿고, 에포크 75쯤에는 여덟 개 모두에 생성된 샘플이 갑니다(GAN 게임 탭: 모드 8개 중 8개). 그중 약 60%는 모드에서 표준편차 3 안에 있고, 나머지는 모드 사이의 고리를 따라 늘어섭니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAN on handwritten digits</source>
        <extracomment>examples/gan_digits.nodeflow (name)</extracomment>
        <translation>손글씨 숫자 GAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small image GAN: G turns 16 noise numbers into 64 pixels (one LeakyReLU layer of 128), D judges 8x8 digits with one layer of 128. The GAN tab shows a sheet of 48 generated digits, refreshed as training goes: blobs at first, strokes after about 50 epochs, and after 200 epochs recognisable 0, 2, 3, 5 and 9 among blurrier ones. Pixels are standardized for training and shown in the data&apos;s grey levels.</source>
        <extracomment>examples/gan_digits.nodeflow (description)</extracomment>
        <translation>작은 이미지 GAN: G는 잡음 숫자 16개를 픽셀 64개로 바꾸고(유닛 128개짜리 LeakyReLU 층 하나), D는 유닛 128개짜리 층 하나로 8x8 숫자를 판정합니다. GAN 게임 탭은 생성된 숫자 48개를 한 장에 보여 주고, 학습하면서 새로 그립니다: 처음에는 얼룩, 50 에포크쯤부터 획, 200 에포크 뒤에는 흐린 것들 사이로 알아볼 수 있는 0, 2, 3, 5, 9가 나옵니다. 픽셀은 학습을 위해 표준화하고, 데이터의 회색 단계로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iris softmax regression</source>
        <extracomment>examples/iris_softmax.nodeflow (name)</extracomment>
        <translation>붓꽃 소프트맥스 회귀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fisher&apos;s iris flowers: 4 measurements, 3 species. A single Dense layer with Softmax (multinomial logistic regression, no hidden layer) separates them: about 95% accuracy on validation and test after 100 epochs of SGD.</source>
        <extracomment>examples/iris_softmax.nodeflow (description)</extracomment>
        <translation>피셔의 붓꽃 데이터: 측정값 4개, 품종 3개. Softmax를 붙인 Dense 층 하나(다항 로지스틱 회귀, 은닉층 없음)로 품종을 가릅니다. SGD로 100 에포크 학습하면 검증과 테스트 정확도가 약 95%입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression</source>
        <extracomment>examples/linear_regression.nodeflow (name)</extracomment>
        <translation>선형 회귀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One Dense unit fits points scattered around the line y = 2x - 1. Press Train and watch the Dense node&apos;s weight approach the slope 2.0 and its bias the intercept -1.0 (inputs are not standardized, so they stay comparable). Trains to a validation MSE of about 0.01, the noise level (noise 0.1), within 30 epochs of plain SGD.</source>
        <extracomment>examples/linear_regression.nodeflow (description)</extracomment>
        <translation>Dense 유닛 하나가 직선 y = 2x - 1 둘레에 흩어진 점들에 직선을 맞춥니다. 학습을 누르고 Dense 노드의 가중치가 기울기 2.0에, 편향이 절편 -1.0에 다가가는 것을 지켜보세요(입력을 표준화하지 않으므로 값을 바로 비교할 수 있습니다). 평범한 SGD로 30 에포크 안에 잡음 수준(noise 0.1)인 검증 MSE 약 0.01까지 학습합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two moons MLP</source>
        <extracomment>examples/moons_mlp.nodeflow (name)</extracomment>
        <translation>두 개의 반달 MLP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two interleaving half circles with noise. Two hidden Tanh layers of 16 units learn the curved decision boundary; validation accuracy reaches about 97% within 50 epochs of Adam.</source>
        <extracomment>examples/moons_mlp.nodeflow (description)</extracomment>
        <translation>잡음이 섞인 채 서로 맞물린 반원 두 개. 유닛 16개짜리 Tanh 은닉층 두 개가 휘어진 결정 경계를 배웁니다. Adam으로 50 에포크 안에 검증 정확도가 약 97%에 이릅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shapes CNN (your own image folder)</source>
        <extracomment>examples/shapes_cnn.nodeflow (name)</extracomment>
        <translation>도형 CNN (내 이미지 폴더)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder of images becomes a Dataset: shapes/ holds one sub-folder per class (circle, square, triangle) of PNG images, made by make_shapes.py beside this file (python make_shapes.py). They are read as 24x24 grey images, (N, 1, 24, 24), and the class names are the folder names, shown on the confusion matrix. Two 3x3 convolution blocks then a Dense layer of 3 classes reach about 90% test accuracy in 15 epochs (92% with seed 0). Point path at your own folder (cat/, dog/, ...) to train on your pictures.</source>
        <extracomment>examples/shapes_cnn.nodeflow (description)</extracomment>
        <translation>이미지 폴더가 Dataset이 됩니다: shapes/에는 클래스(circle, square, triangle)마다 PNG 이미지가 든 하위 폴더가 하나씩 있고, 이 파일 옆의 make_shapes.py가 만듭니다(python make_shapes.py). 이미지는 24x24 회색 이미지 (N, 1, 24, 24)로 읽고, 클래스 이름은 폴더 이름이며 혼동 행렬에 나옵니다. 3x3 합성곱 블록 두 개와 클래스 3개의 Dense 층이 15 에포크 만에 테스트 정확도 약 90%에 이릅니다(시드 0에서 92%). path를 내 폴더(cat/, dog/, ...)로 바꾸면 내 사진으로 학습합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual MLP on spirals</source>
        <extracomment>examples/residual_mlp.nodeflow (name)</extracomment>
        <translation>나선 데이터의 잔차 MLP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three interleaved spirals need a deep, curved boundary. The Add node is a skip connection: the second ReLU layer&apos;s output is added to the first&apos;s, so the block learns a residual and the gradient reaches the first layer directly. Reaches above 90% validation accuracy in 150 epochs of Adam.</source>
        <extracomment>examples/residual_mlp.nodeflow (description)</extracomment>
        <translation>서로 감긴 나선 세 개를 가르려면 깊고 휘어진 경계가 필요합니다. Add 노드는 건너뛰는 연결(skip connection)입니다. 두 번째 ReLU 층의 출력에 첫 번째 층의 출력을 더하므로, 블록은 잔차를 배우고 기울기가 첫 번째 층까지 바로 전해집니다. Adam으로 150 에포크 학습하면 검증 정확도가 90%를 넘습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CartPole: a deep Q-network balances a pole</source>
        <extracomment>examples/cartpole_dqn.nodeflow (name)</extracomment>
        <translation>CartPole: 심층 Q-신경망이 막대를 세웁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gymnasium&apos;s CartPole-v1: push a cart left or right to keep a pole upright; every step it stays up pays 1, up to 500. The state is four numbers (cart position and speed, pole angle and turning speed), too many combinations for a table, so a network of two hidden ReLU layers of 64 units estimates Q(s, left) and Q(s, right). A deep Q-network: replay buffer of 50,000 steps, batches of 64, Huber TD loss, a target network refreshed every 200 steps, Adam. Every 20 episodes the greedy policy is scored and the best weights are kept. With seed 0, after 400 episodes (58,982 steps, about 20 s of CPU time) the greedy policy balances for a mean return of 496 over 20 new episodes (195 counts as solved). DQN depends on its seed: of the seeds 0, 1, 3, 4, 5 and 6, four reach 195 and two end near 150 and 160; try another seed and watch the evaluations (red dots) on the RL tab.</source>
        <extracomment>examples/cartpole_dqn.nodeflow (description)</extracomment>
        <translation>Gymnasium의 CartPole-v1: 카트를 왼쪽이나 오른쪽으로 밀어 막대가 서 있게 합니다. 막대가 서 있는 걸음마다 1을, 최대 500까지 받습니다. 상태는 숫자 네 개(카트의 위치와 속도, 막대의 각도와 회전 속도)라 표로 담기엔 조합이 너무 많으므로, 유닛 64개짜리 ReLU 은닉층 두 개로 된 신경망이 Q(s, 왼쪽)과 Q(s, 오른쪽)을 추정합니다. 심층 Q-신경망: 50,000걸음의 재생 버퍼, 크기 64인 배치, Huber TD 손실, 200걸음마다 새로 고치는 목표 신경망, Adam. 20 에피소드마다 탐욕 정책을 채점하고 가장 좋은 가중치를 남깁니다. 시드 0으로 400 에피소드(58,982걸음, CPU 시간 약 20초)를 학습하면 탐욕 정책이 새 에피소드 20번에서 평균 이득 496으로 막대를 세웁니다(195면 푼 것으로 칩니다). DQN은 시드에 따라 달라집니다: 시드 0, 1, 3, 4, 5, 6 중 넷은 195에 닿고 둘은 150과 160 근처에서 끝납니다. 다른 시드로 해 보고 강화 학습 탭의 평가(빨간 점)를 지켜보세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FrozenLake: Q-learning with replay on slippery ice</source>
        <extracomment>examples/frozenlake_dqn.nodeflow (name)</extracomment>
        <translation>FrozenLake: 미끄러운 얼음 위에서 재생을 쓰는 Q-러닝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gymnasium&apos;s FrozenLake 4x4: cross a frozen lake to the goal without falling through a hole, on ice so slippery that the agent moves as it chose only one time in three. The only reward is 1 at the goal. A Q-table (Dense without bias on one-hot cells) learns from random batches of a replay buffer, against a target network refreshed every 200 steps, as a deep Q-network does. After 3,000 episodes (73,304 steps, about 9 s of CPU time) the greedy policy reaches the goal in at least 70% of 100 new episodes; no policy can do better than about 74% on this ice.</source>
        <extracomment>examples/frozenlake_dqn.nodeflow (description)</extracomment>
        <translation>Gymnasium의 FrozenLake 4x4: 구멍에 빠지지 않고 얼어붙은 호수를 건너 목표에 가야 하는데, 얼음이 너무 미끄러워 에이전트는 세 번에 한 번만 고른 대로 움직입니다. 보상은 목표에서 받는 1뿐입니다. Q 표(원-핫 칸 위의 편향 없는 Dense)가 심층 Q-신경망처럼 재생 버퍼에서 뽑은 무작위 배치로, 200걸음마다 새로 고치는 목표 신경망을 두고 배웁니다. 3,000 에피소드(73,304걸음, CPU 시간 약 9초) 뒤 탐욕 정책은 새 에피소드 100번 중 70% 이상 목표에 닿습니다. 이 얼음에서는 어떤 정책도 약 74%보다 잘할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid world: a Q-table learns the shortest path</source>
        <extracomment>examples/gridworld_qtable.nodeflow (name)</extracomment>
        <translation>그리드 월드: Q 표가 가장 짧은 길을 배웁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An agent starts in the top-left corner of a 5x5 grid with walls and two pits and must find the goal in the bottom-right corner; every step costs 0.01, the goal pays 1, a pit -1. The state is one-hot (one input per cell), so the Dense layer without bias is a Q-table: row s of its weights holds Q(s, up), Q(s, right), Q(s, down), Q(s, left). With a replay buffer of one step, a batch of one and SGD at learning rate 0.5 every step is the textbook update Q(s, a) += 0.5 [r + 0.95 max Q(s&apos;, .) - Q(s, a)]. After 200 episodes the greedy policy (the arrows on the RL tab) walks the shortest path, 8 steps, past the pit.</source>
        <extracomment>examples/gridworld_qtable.nodeflow (description)</extracomment>
        <translation>에이전트가 벽과 구덩이 두 개가 있는 5x5 격자의 왼쪽 위 구석에서 출발해 오른쪽 아래 구석의 목표를 찾아야 합니다. 걸음마다 0.01을 잃고, 목표는 1, 구덩이는 -1을 줍니다. 상태가 원-핫(칸마다 입력 하나)이므로 편향 없는 Dense 층이 곧 Q 표입니다: 가중치의 s번째 행이 Q(s, 위), Q(s, 오른쪽), Q(s, 아래), Q(s, 왼쪽)을 담습니다. 한 걸음짜리 재생 버퍼, 크기 1인 배치, 학습률 0.5의 SGD로 걸음마다 학습하면 교과서의 갱신 Q(s, a) += 0.5 [r + 0.95 max Q(s&apos;, .) - Q(s, a)]가 됩니다. 200 에피소드 뒤 탐욕 정책(강화 학습 탭의 화살표)은 구덩이를 지나 8걸음의 가장 짧은 길을 걷습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sine wave LSTM</source>
        <extracomment>examples/sine_lstm.nodeflow (name)</extracomment>
        <translation>사인파 LSTM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each example is a window of 20 values of a noisy sine wave; the answer is the next value. An LSTM of 16 units reads the window step by step and a Dense layer predicts the next value; validation MSE falls below 0.01 within 30 epochs.</source>
        <extracomment>examples/sine_lstm.nodeflow (description)</extracomment>
        <translation>예제 하나는 잡음 섞인 사인파에서 잘라 낸 값 20개이고, 답은 그다음 값입니다. 유닛 16개짜리 LSTM이 한 걸음씩 읽고 Dense 층이 다음 값을 예측합니다. 30 에포크 안에 검증 MSE가 0.01 아래로 내려갑니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanishing gradients (8 sigmoid layers)</source>
        <extracomment>examples/vanishing_gradients.nodeflow (name)</extracomment>
        <translation>기울기 소실 (시그모이드 층 8개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eight Dense+Sigmoid layers on the digits. Train and watch the |grad| meters on the cards: the early layers barely learn because each sigmoid shrinks the gradient by at least 4x. Select a Sigmoid, then Edit &gt; Select Same Type (Ctrl+Shift+A), change their type to ReLU in the inspector, train again and compare the curves and meters. With sigmoids the test accuracy stays low after 15 epochs; with ReLU it passes 90%.</source>
        <extracomment>examples/vanishing_gradients.nodeflow (description)</extracomment>
        <translation>손글씨 숫자에 Dense+Sigmoid 층 8개를 쌓았습니다. 학습하고 카드의 |grad| 막대를 지켜보세요. 시그모이드마다 기울기를 4배 넘게 줄이므로 앞쪽 층은 거의 배우지 못합니다. Sigmoid 하나를 선택하고 편집 &gt; 같은 종류 선택(Ctrl+Shift+A)으로 모두 고른 뒤, 인스펙터에서 종류를 ReLU로 바꾸고 다시 학습해 곡선과 막대를 비교하세요. 시그모이드로는 15 에포크 뒤에도 테스트 정확도가 낮고, ReLU로는 90%를 넘습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XOR with a hidden layer</source>
        <extracomment>examples/xor_mlp.nodeflow (name)</extracomment>
        <translation>은닉층으로 푸는 XOR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XOR cannot be separated by one line: a network without a hidden layer stays near 50% accuracy. Eight Tanh units in a hidden layer bend the boundary around the four quadrants and reach about 95% validation accuracy (about 90% on the test part: noisy points near the axes stay ambiguous) in 100 epochs.</source>
        <extracomment>examples/xor_mlp.nodeflow (description)</extracomment>
        <translation>XOR은 직선 하나로 가를 수 없습니다: 은닉층이 없는 신경망은 정확도 50% 근처에 머뭅니다. 은닉층의 Tanh 유닛 8개가 경계를 네 사분면에 맞게 구부려, 100 에포크 만에 검증 정확도 약 95%에 이릅니다(테스트 데이터에서는 약 90%: 축 가까이의 잡음 섞인 점은 애매하게 남습니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression by gradient descent</source>
        <extracomment>lessons/01_linear_regression.nodeflow (name)</extracomment>
        <translation>경사하강법으로 선형 회귀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One Dense unit (y = W x + b) fits points scattered around the line y = 2x - 1. Each epoch is one step of gradient descent over the whole training set (batch_size = 500). Three steps are not enough: W and b are still far from 2 and -1.</source>
        <extracomment>lessons/01_linear_regression.nodeflow (description)</extracomment>
        <translation>Dense 유닛 하나(y = W x + b)가 직선 y = 2x - 1 둘레에 흩어진 점들에 직선을 맞춥니다. 에포크마다 학습 데이터 전체에 대해 경사하강법 한 걸음을 갑니다(batch_size = 500). 세 걸음으로는 모자랍니다: W와 b는 아직 2와 -1에서 멉니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacking linear layers</source>
        <extracomment>lessons/02_linear_stack.nodeflow (name)</extracomment>
        <translation>선형 층 쌓기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three Dense layers with Identity (no activation) between them, on the two moons. A stack of linear maps is one linear map: the boundary stays a straight line, whatever the depth.</source>
        <extracomment>lessons/02_linear_stack.nodeflow (description)</extracomment>
        <translation>두 개의 반달 데이터에 Dense 층 세 개를 Identity(활성화 없음)로 이어 쌓았습니다. 선형 변환을 쌓아도 선형 변환 하나입니다: 깊이와 상관없이 경계는 직선으로 남습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation functions</source>
        <extracomment>lessons/03_activation_functions.nodeflow (name)</extracomment>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two circles, one inside the other. The hidden layer is followed by Step, which has a zero gradient almost everywhere: backpropagation cannot move the hidden layer&apos;s weights, so it never learns.</source>
        <extracomment>lessons/03_activation_functions.nodeflow (description)</extracomment>
        <translation>하나가 다른 하나 안에 든 원 두 개. 은닉층 뒤에 Step이 있는데, Step은 거의 모든 곳에서 기울기가 0입니다: 역전파가 은닉층의 가중치를 움직이지 못하므로 아무것도 배우지 못합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One hidden layer approximates a curve</source>
        <extracomment>lessons/04_one_hidden_layer.nodeflow (name)</extracomment>
        <translation>은닉층 하나로 곡선 근사하기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = sin(1.5 x) on [-3, 3] (lessons/data/curve.csv). One hidden layer of tanh units adds up S-shaped pieces; with a single unit there is only one piece.</source>
        <extracomment>lessons/04_one_hidden_layer.nodeflow (description)</extracomment>
        <translation>[-3, 3]에서 y = sin(1.5 x)(lessons/data/curve.csv). tanh 유닛으로 된 은닉층 하나가 S자 조각들을 더해 곡선을 만듭니다. 유닛이 하나뿐이면 조각도 하나뿐입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MSE, MAE and Huber with outliers</source>
        <extracomment>lessons/05_mse_mae_huber.nodeflow (name)</extracomment>
        <translation>이상치가 있을 때의 MSE, MAE, Huber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points on y = 2x - 1, one in ten pulled far above the line (lessons/data/line_outliers.csv). Fit the line with MSE, then with MAE or Huber, and compare where each line ends up.</source>
        <extracomment>lessons/05_mse_mae_huber.nodeflow (description)</extracomment>
        <translation>y = 2x - 1 위의 점들 가운데 열에 하나를 직선 위로 멀리 끌어올렸습니다(lessons/data/line_outliers.csv). 먼저 MSE로, 그다음 MAE나 Huber로 직선을 맞추고, 각 직선이 어디에 자리 잡는지 비교하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softmax and cross-entropy</source>
        <extracomment>lessons/06_softmax_cross_entropy.nodeflow (name)</extracomment>
        <translation>소프트맥스와 교차 엔트로피</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handwritten digits, ten classes. The output goes through Sigmoid, which squashes each of the ten scores on its own: nothing makes them sum to 1.</source>
        <extracomment>lessons/06_softmax_cross_entropy.nodeflow (description)</extracomment>
        <translation>손글씨 숫자, 클래스 10개. 출력이 Sigmoid를 지나는데, Sigmoid는 점수 10개를 하나씩 따로 누를 뿐이라 합이 1이 되게 하는 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backpropagation and the chain rule</source>
        <extracomment>lessons/07_backpropagation.nodeflow (name)</extracomment>
        <translation>역전파와 연쇄 법칙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two hidden tanh layers on the moons. Backpropagation computes the gradient of the loss for every weight in one backward pass, by the chain rule; Run &gt; Check Gradients compares it with central differences.</source>
        <extracomment>lessons/07_backpropagation.nodeflow (description)</extracomment>
        <translation>반달 데이터에 tanh 은닉층 두 개. 역전파는 연쇄 법칙으로, 거꾸로 한 번 지나가며 모든 가중치에 대한 손실의 기울기를 구합니다. 실행 &gt; 기울기 확인이 그것을 중심 차분과 비교합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numerical differentiation</source>
        <extracomment>lessons/08_numerical_differentiation.nodeflow (name)</extracomment>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One Dense unit and a mean squared error. The gradient check nudges each weight by a tiny h both ways and measures the slope (L(w + h) - L(w - h)) / 2h: numerical differentiation.</source>
        <extracomment>lessons/08_numerical_differentiation.nodeflow (description)</extracomment>
        <translation>Dense 유닛 하나와 평균 제곱 오차. 기울기 확인은 가중치마다 아주 작은 h만큼 양쪽으로 움직여 기울기 (L(w + h) - L(w - h)) / 2h를 잽니다: 이것이 수치 미분입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch, stochastic and mini-batch gradient descent</source>
        <extracomment>lessons/09_batch_size.nodeflow (name)</extracomment>
        <translation>배치, 확률적, 미니배치 경사하강법</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression on 800 training points for 5 epochs. batch_size 800 is (full-)batch gradient descent: one step per epoch. batch_size 1 is stochastic gradient descent; in between are mini-batches.</source>
        <extracomment>lessons/09_batch_size.nodeflow (description)</extracomment>
        <translation>학습 점 800개로 5 에포크 동안 선형 회귀. batch_size 800은 (전체) 배치 경사하강법으로, 에포크마다 한 걸음입니다. batch_size 1은 확률적 경사하강법이고, 그 사이가 미니배치입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate too big, too small</source>
        <extracomment>lessons/10_learning_rate.nodeflow (name)</extracomment>
        <translation>너무 큰 학습률, 너무 작은 학습률</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear regression with plain SGD. The learning rate is 50: every step overshoots the bottom of the loss bowl by more than it corrects.</source>
        <extracomment>lessons/10_learning_rate.nodeflow (description)</extracomment>
        <translation>평범한 SGD로 선형 회귀. 학습률이 50이라, 걸음마다 손실 그릇의 바닥을 바로잡는 것보다 더 멀리 지나쳐 버립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum, AdaGrad, RMSProp and Adam</source>
        <extracomment>lessons/11_optimizers.nodeflow (name)</extracomment>
        <translation>Momentum, AdaGrad, RMSProp과 Adam 옵티마이저</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits with one hidden tanh layer, 5 epochs, learning rate 0.01. Plain SGD crawls; change the optimizer&apos;s type and compare.</source>
        <extracomment>lessons/11_optimizers.nodeflow (description)</extracomment>
        <translation>tanh 은닉층 하나로 손글씨 숫자, 5 에포크, 학습률 0.01. 평범한 SGD는 느리게 기어갑니다. 옵티마이저의 종류를 바꿔 비교하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanishing gradients</source>
        <extracomment>lessons/12_vanishing_gradients.nodeflow (name)</extracomment>
        <translation>기울기 소실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eight Dense+Sigmoid layers on the digits. Each sigmoid multiplies the gradient flowing back by at most 0.25, so the first layers barely learn.</source>
        <extracomment>lessons/12_vanishing_gradients.nodeflow (description)</extracomment>
        <translation>손글씨 숫자에 Dense+Sigmoid 층 8개. 시그모이드마다 거꾸로 흐르는 기울기에 최대 0.25를 곱하므로 앞쪽 층은 거의 배우지 못합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout</source>
        <extracomment>lessons/13_dropout.nodeflow (name)</extracomment>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two moons with one label in five flipped (lessons/data/moons_noisy_labels.csv), only 120 training examples and two layers of 256 units: plenty of room to memorise the wrong labels. The Identity nodes after each ReLU are places for a Dropout.</source>
        <extracomment>lessons/13_dropout.nodeflow (description)</extracomment>
        <translation>다섯에 하나꼴로 레이블을 뒤집은 두 개의 반달(lessons/data/moons_noisy_labels.csv), 학습 예제는 120개뿐인데 유닛 256개짜리 층이 두 개입니다: 틀린 레이블을 외우기에 넉넉합니다. ReLU마다 뒤에 있는 Identity 노드가 Dropout을 넣을 자리입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch normalization</source>
        <extracomment>lessons/14_batch_normalization.nodeflow (name)</extracomment>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The eight sigmoid layers of the vanishing-gradient lesson, with an Identity node after each Dense: a place for a BatchNorm.</source>
        <extracomment>lessons/14_batch_normalization.nodeflow (description)</extracomment>
        <translation>기울기 소실 실습의 시그모이드 층 8개에, Dense마다 뒤에 Identity 노드를 두었습니다: BatchNorm을 넣을 자리입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early stopping</source>
        <extracomment>lessons/15_early_stopping.nodeflow (name)</extracomment>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two moons with one label in five flipped (lessons/data/moons_noisy_labels.csv) and a large network: after a few epochs it starts memorising the wrong labels and the validation loss climbs.</source>
        <extracomment>lessons/15_early_stopping.nodeflow (description)</extracomment>
        <translation>다섯에 하나꼴로 레이블을 뒤집은 두 개의 반달(lessons/data/moons_noisy_labels.csv)과 큰 신경망: 몇 에포크가 지나면 틀린 레이블을 외우기 시작하고 검증 손실이 올라갑니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training, validation and test data</source>
        <extracomment>lessons/16_train_validation_test.nodeflow (name)</extracomment>
        <translation>학습, 검증, 테스트 데이터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two moons with one label in five flipped. All the data are used for training: nothing is held out to show how the network does on examples it has not seen.</source>
        <extracomment>lessons/16_train_validation_test.nodeflow (description)</extracomment>
        <translation>다섯에 하나꼴로 레이블을 뒤집은 두 개의 반달. 모든 데이터를 학습에 쓰므로, 신경망이 본 적 없는 예제에서 얼마나 잘하는지 보여 줄 데이터가 남아 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convolutional neural network</source>
        <extracomment>lessons/17_cnn.nodeflow (name)</extracomment>
        <translation>합성곱 신경망</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits as 8x8 images. One Conv2D layer of 8 filters, ReLU, MaxPool2D, Flatten and a Dense output. The filters are 1x1: each sees a single pixel, so they cannot detect a stroke or an edge.</source>
        <extracomment>lessons/17_cnn.nodeflow (description)</extracomment>
        <translation>8x8 이미지로 받은 손글씨 숫자. 필터 8개짜리 Conv2D 층 하나, ReLU, MaxPool2D, Flatten, Dense 출력. 필터가 1x1이라 각각 픽셀 하나만 보므로 획이나 가장자리를 찾아내지 못합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RNN and LSTM</source>
        <extracomment>lessons/18_rnn_lstm.nodeflow (name)</extracomment>
        <translation>RNN과 LSTM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each example is a window of 20 values of a noisy sine wave; the answer is the next value. An LSTM reads the window step by step, carrying a hidden state of `units` numbers; here just one.</source>
        <extracomment>lessons/18_rnn_lstm.nodeflow (description)</extracomment>
        <translation>예제 하나는 잡음 섞인 사인파에서 잘라 낸 값 20개이고, 답은 그다음 값입니다. LSTM은 한 걸음씩 읽으며 숫자 `units`개로 된 은닉 상태를 들고 갑니다. 여기서는 단 하나입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss surfaces</source>
        <extracomment>lessons/19_loss_surface.nodeflow (name)</extracomment>
        <translation>손실 곡면</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = 3a + 0.05b with a on a scale of 1 and b on a scale of 100 (lessons/data/two_scales.csv), inputs not standardized. The loss surface is a long, narrow valley: steep across b, almost flat along a.</source>
        <extracomment>lessons/19_loss_surface.nodeflow (description)</extracomment>
        <translation>y = 3a + 0.05b에서 a는 1 정도, b는 100 정도 크기이고(lessons/data/two_scales.csv), 입력은 표준화하지 않았습니다. 손실 곡면은 길고 좁은 골짜기입니다: b 방향으로는 가파르고 a 방향으로는 거의 평평합니다.</translation>
    </message>
</context>
<context>
    <name>GridValueView</name>
    <message>
        <location filename="../rl/grid_view.py" line="+103"/>
        <source>no grid environment</source>
        <translation>격자 환경이 없습니다</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>V(s) = max Q(s, a) appears here as the agent learns</source>
        <translation>에이전트가 배우면서 여기에 V(s) = max Q(s, a)가 나타납니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>colour: V(s) = max Q(s, ·)  ·  arrows: the greedy action  ·  orange: the last episode</source>
        <translation>색: V(s) = max Q(s, ·)  ·  화살표: 탐욕 행동  ·  주황색: 마지막 에피소드</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../help.py" line="-93"/>
        <source>nodeflow user guide</source>
        <translation>nodeflow 사용자 안내서</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># User guide

The guide is `docs/guide.md` in the nodeflow source repository; this installation does not include it.</source>
        <translation># 사용자 안내서

안내서는 nodeflow 소스 저장소의 `docs/guide.ko.md`(영어: `docs/guide.md`)입니다. 이 설치본에는 들어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location line="-64"/>
        <source>Tab, or double-click empty canvas</source>
        <translation>Tab, 또는 빈 캔버스를 두 번 클릭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick search: add a node under the cursor</source>
        <translation>빠른 검색: 커서 위치에 노드 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag from a port to a port</source>
        <translation>포트에서 포트로 드래그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wire them (refused with a reason when they do not fit)</source>
        <translation>두 포트를 연결 (맞지 않으면 이유와 함께 거절됩니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a wire off an input</source>
        <translation>입력에서 연결선을 떼어 드래그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move it to another input, or drop it on the canvas to remove it</source>
        <translation>다른 입력으로 옮기거나, 캔버스에 놓아 지웁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouse wheel</source>
        <translation>마우스 휠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle button drag, or Space + drag</source>
        <translation>가운데 버튼 드래그, 또는 Space + 드래그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pan</source>
        <translation>화면 이동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag on empty canvas</source>
        <translation>빈 캔버스에서 드래그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select with a rubber band</source>
        <translation>사각형으로 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a wire out and let go on empty canvas</source>
        <translation>연결선을 끌어내 빈 캔버스에 놓기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick search of the types that take it; the one picked comes wired</source>
        <translation>그 연결선을 받을 수 있는 종류만 빠른 검색. 고른 노드는 연결된 채로 추가됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an unwired card (or a palette type) on a wire</source>
        <translation>연결되지 않은 카드(또는 팔레트의 종류)를 연결선 위에 놓기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert it on the wire (shapes checked again)</source>
        <translation>연결선에 끼워 넣기 (모양을 다시 확인합니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut them (the knife)</source>
        <translation>연결선 자르기 (칼)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl + right-drag across wires</source>
        <translation>연결선을 가로질러 Ctrl + 오른쪽 드래그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add reroute points</source>
        <translation>경유점 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift + right-drag across wires, or double-click a wire</source>
        <translation>연결선을 가로질러 Shift + 오른쪽 드래그, 또는 연결선 두 번 클릭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a frame&apos;s title bar</source>
        <translation>프레임의 제목 줄 드래그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the frame with its nodes</source>
        <translation>프레임을 안의 노드와 함께 옮기기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-click</source>
        <translation>오른쪽 클릭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The menu of what is under the pointer (canvas, card, wire, frame, palette entry)</source>
        <translation>포인터 아래에 있는 것의 메뉴 (캔버스, 카드, 연결선, 프레임, 팔레트 항목)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2 / double-click a run&apos;s name (Runs tab)</source>
        <translation>F2 / 실행 이름 두 번 클릭 (실행 탭)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename a run</source>
        <translation>실행 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Build, train and understand neural networks by wiring nodes on a canvas.</source>
        <translation>캔버스에서 노드를 연결해 신경망을 만들고, 학습하고, 이해합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT licence. Graphs are plain JSON files; trained weights and runs are kept beside them.</source>
        <translation>MIT 라이선스. 그래프는 평범한 JSON 파일이며, 학습된 가중치와 실행 기록은 그 옆에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../canvas/inline_editor.py" line="+40"/>
        <source>Ctrl+Enter to finish, Escape to cancel</source>
        <translation>Ctrl+Enter로 마치고, Esc로 취소</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <location filename="../training/inspect.py" line="+33"/>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log10 |gradient|</source>
        <translation>log10 |기울기|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Mean |gradient| per layer</source>
        <translation>층별 평균 |기울기|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean |gradient|</source>
        <translation>평균 |기울기|</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../inspector.py" line="+61"/>
        <source>Trained weights are from an earlier version of this node.</source>
        <translation>학습된 가중치가 이 노드의 예전 버전 것입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({dims}): mean {mean}, std {std}, range {low} … {high}</source>
        <translation>{name} ({dims}): 평균 {mean}, 표준편차 {std}, 범위 {low} … {high}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Learned</source>
        <translation>학습된 값</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No parameters.</source>
        <translation>매개변수가 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} {type} nodes</source>
        <translation>{type} 노드 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change their type together (wires kept, one undo step); select a single node to edit its parameters.</source>
        <translation>종류를 한꺼번에 바꿉니다 (연결선 유지, 실행 취소 한 번). 매개변수를 고치려면 노드를 하나만 선택하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} nodes selected</source>
        <translation>노드 {n}개 선택됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a single node to edit its parameters, or nodes of one type (Edit ▸ Select Same Type) to change their type together.</source>
        <translation>매개변수를 고치려면 노드를 하나만 선택하고, 종류를 한꺼번에 바꾸려면 같은 종류의 노드를 선택하세요 (편집 ▸ 같은 종류 선택).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training settings. Select a node to edit its parameters.</source>
        <translation>학습 설정입니다. 노드를 선택하면 그 노드의 매개변수를 고칠 수 있습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change this node&apos;s type; its wires and the parameters both types share are kept.</source>
        <translation>이 노드의 종류를 바꿉니다. 연결선과 두 종류에 공통인 매개변수는 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change {n} nodes to {type}</source>
        <translation>노드 {n}개를 {type}(으)로 바꾸기</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{n} parameters</source>
        <translation>매개변수 {n}개</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each round: {order}</source>
        <translation>한 라운드의 순서: {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates the weights of {nodes}</source>
        <translation>{nodes}의 가중치를 업데이트합니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{reason}; kept {value}</source>
        <translation>{reason}. {value} 값을 유지합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>빈 값</translation>
    </message>
</context>
<context>
    <name>Interop</name>
    <message>
        <location filename="../interop_actions.py" line="+23"/>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 모델 (*.onnx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.onnx *.keras);;ONNX model (*.onnx);;Keras model (*.keras)</source>
        <translation>모델 (*.onnx *.keras);;ONNX 모델 (*.onnx);;Keras 모델 (*.keras)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as ONNX</source>
        <translation>ONNX로 내보내기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a model</source>
        <translation>모델 가져오기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for TensorBoard logs</source>
        <translation>TensorBoard 로그 폴더</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export as &amp;ONNX…</source>
        <translation>ONNX로 내보내기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the trained model as ONNX, for onnxruntime and other tools</source>
        <translation>학습된 모델을 onnxruntime 등 다른 도구에서 쓸 수 있게 ONNX로 저장합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Model…</source>
        <translation>모델 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an ONNX or Keras model as an editable graph with its weights</source>
        <translation>ONNX나 Keras 모델을 가중치와 함께 편집할 수 있는 그래프로 엽니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write &amp;TensorBoard Logs…</source>
        <translation>TensorBoard 로그 쓰기(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log each run&apos;s curves and weight histograms for TensorBoard</source>
        <translation>실행마다 곡선과 가중치 히스토그램을 TensorBoard용으로 기록합니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+16"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The graph has no trained weights that fit it: train it first (Run ▸ Train), then export the trained model.</source>
        <translation>그래프에 맞는 학습된 가중치가 없습니다: 먼저 학습(실행 ▸ 학습)한 뒤 학습된 모델을 내보내세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (and {n} more)</source>
        <translation> (외 {n}개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trained weights are {run}&apos;s, and the model has changed since ({changes}): they belong to the model as it was. Train the graph as it is now (Run ▸ Train), then export.</source>
        <translation>학습된 가중치는 {run}의 것인데, 그 뒤로 모델이 바뀌었습니다 ({changes}): 가중치는 바뀌기 전 모델의 것입니다. 지금 그래프를 학습(실행 ▸ 학습)한 뒤 내보내세요.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported {name} (checked by ONNX&apos;s checker)</source>
        <translation>{name}(으)로 내보냈습니다 (ONNX 검사기로 확인함)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot import</source>
        <translation>가져올 수 없습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported {name}: {n} nodes</source>
        <translation>{name}을(를) 가져왔습니다: 노드 {n}개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported model</source>
        <translation>가져온 모델</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TensorBoard logs off</source>
        <translation>TensorBoard 로그 끔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TensorBoard is not installed</source>
        <translation>TensorBoard가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each run writes TensorBoard logs under {chosen} (tensorboard --logdir {chosen})</source>
        <translation>실행마다 {chosen} 아래에 TensorBoard 로그를 씁니다 (tensorboard --logdir {chosen})</translation>
    </message>
</context>
<context>
    <name>IntsEditor</name>
    <message>
        <location filename="../param_editors.py" line="+15"/>
        <source>e.g. 1, 8, 8</source>
        <translation>예: 1, 8, 8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter &apos;{param}&apos; must be a list of integers such as 1, 8, 8</source>
        <translation>매개변수 &apos;{param}&apos;에는 1, 8, 8 같은 정수 목록만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>LabTab</name>
    <message>
        <location filename="../stepping/lab_tab.py" line="+64"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the differences for this weight on the last step&apos;s batch</source>
        <translation>마지막 단계의 배치에서 이 가중치의 차분을 계산합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>forward</source>
        <translation>전진</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+55"/>
        <source>central</source>
        <translation>중심</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+55"/>
        <source>backward</source>
        <translation>후진</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>error forward</source>
        <translation>전진 오차</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error central</source>
        <translation>중심 오차</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error backward</source>
        <translation>후진 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step h (solid: float64, dashed: float32)</source>
        <translation>간격 h (실선: float64, 점선: float32)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|difference − backprop|</source>
        <translation>|차분 − 역전파|</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step once, then select a Dense layer: its weight W[input, unit] (chosen in Explain) is differentiated here.</source>
        <translation>한 단계 진행한 다음 Dense 층을 선택하세요. 그 가중치 W[입력, 유닛](설명에서 선택)을 여기서 수치 미분합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight {weight}: backprop against (L(w+h) − L(w))/h, (L(w+h) − L(w−h))/2h and (L(w) − L(w−h))/h</source>
        <translation>가중치 {weight}: 역전파와 (L(w+h) − L(w))/h, (L(w+h) − L(w−h))/2h, (L(w) − L(w−h))/h 비교</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>backprop float64: {b64}   float32: {b32}</source>
        <translation>역전파 float64: {b64}   float32: {b32}</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../training/landscape_view.py" line="+57"/>
        <source>Compute loss surface</source>
        <translation>손실 곡면 계산</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training loss around the trained weights</source>
        <translation>학습된 가중치 주변의 학습 손실</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not compute the surface: {reason}</source>
        <translation>곡면을 계산하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Train, then compute the loss surface around the weights the run found, with the path it took to get there.</source>
        <translation>학습한 뒤, 실행이 찾은 가중치 주변의 손실 곡면과 그곳까지 온 경로를 계산하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready: the loss on {n} training samples over a grid (about {seconds} s at most).</source>
        <translation>준비됨: 학습 샘플 {n}개에 대한 손실을 격자 위에서 계산합니다 (최대 약 {seconds}초).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No surface: {reason}</source>
        <translation>곡면 없음: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computing the loss surface…</source>
        <translation>손실 곡면을 계산하는 중…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The axes are the model&apos;s two weights</source>
        <translation>두 축은 모델의 가중치 두 개입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plane through the final weights spanned by the two directions the weights moved most ({share} of the movement)</source>
        <translation>두 축은 마지막 가중치를 지나고, 가중치가 가장 많이 움직인 두 방향이 펼치는 평면입니다 (움직임의 {share})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{how}; colour is log10 of the training loss, from {low} to {high}. The line is the run: ○ start, ★ end.</source>
        <translation>{how}. 색은 학습 손실의 log10으로, {low}부터 {high}까지입니다. 선은 실행 경로입니다: ○ 시작, ★ 끝.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>direction 1</source>
        <translation>방향 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direction 2</source>
        <translation>방향 2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="menu.py" line="+63"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System ({language})</source>
        <translation>시스템 설정 ({language})</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="translator.py" line="+133"/>
        <source>The translation for {language} could not be loaded: run scripts/setup.sh to build it</source>
        <translation>{language} 번역을 불러올 수 없습니다. scripts/setup.sh를 실행해 번역 파일을 만드세요</translation>
    </message>
</context>
<context>
    <name>LessonCheck</name>
    <message>
        <location filename="../../lessons/checker.py" line="+48"/>
        <source>Run ▸ Check Gradients to check this lesson.</source>
        <translation>실행 ▸ 기울기 확인을 누르면 이 실습을 확인합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Train to check this lesson.</source>
        <translation>학습(F5)을 누르면 이 실습을 확인합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not graded: this run changed {changes}, which the lesson keeps fixed. Set it back and run again.</source>
        <translation>채점하지 않았습니다: 이 실행은 실습에서 고정한 설정 {changes}을(를) 바꿨습니다. 되돌린 뒤 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not yet: the run does not show it. Try again with the hints below.</source>
        <translation>아직입니다: 이번 실행 결과로는 확인되지 않았습니다. 아래 힌트를 보고 다시 해 보세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet: the run does not show it.</source>
        <translation>아직입니다: 이번 실행 결과로는 확인되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the check reads a metric without comparing it: {expr}</source>
        <translation>확인식이 지표를 비교하지 않고 읽기만 합니다: {expr}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check does not say true or false: {expr}</source>
        <translation>확인식의 결과가 참이나 거짓이 아닙니다: {expr}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The run diverged (the loss became infinite): {error}</source>
        <translation>학습이 발산했습니다(손실이 무한대가 됨): {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run ended with an error: {error}</source>
        <translation>실행이 오류로 끝났습니다: {error}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>도달하지 않음</translation>
    </message>
    <message>
        <location filename="../../lessons/result.py" line="+157"/>
        <source>this run has no best epoch</source>
        <translation>이 실행에는 가장 좋았던 에포크가 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this run did not record its duration</source>
        <translation>이 실행은 걸린 시간을 기록하지 않았습니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no gradient was recorded for &apos;{node}&apos; (nodes with weights: {known})</source>
        <translation>&apos;{node}&apos;의 기울기가 기록되지 않았습니다(가중치가 있는 노드: {known})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the gradient check did not check &apos;{node}&apos;</source>
        <translation>기울기 확인에서 &apos;{node}&apos;은(는) 확인하지 않았습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this run has no weight &apos;{name}&apos;</source>
        <translation>이 실행에는 가중치 &apos;{name}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{name}&apos; holds {n} values; weight() reads a single one</source>
        <translation>&apos;{name}&apos;에는 값이 {n}개 있습니다. weight()는 값이 하나뿐인 가중치만 읽습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} needs a training run: press Train</source>
        <translation>{what}을(를) 읽으려면 학습 실행이 있어야 합니다: 학습(F5)을 누르세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no gradient check yet: Run ▸ Check Gradients</source>
        <translation>아직 기울기 확인을 하지 않았습니다: 실행 ▸ 기울기 확인</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>this run did not record its graph</source>
        <translation>이 실행은 그래프를 기록하지 않았습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{key}&apos; should read node.parameter, e.g. sgd.lr</source>
        <translation>&apos;{key}&apos;은(는) 노드.매개변수 꼴이어야 합니다. 예: sgd.lr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the training settings have no &apos;{name}&apos;</source>
        <translation>학습 설정에 &apos;{name}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the graph has no node &apos;{node}&apos;</source>
        <translation>그래프에 &apos;{node}&apos; 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{node} ({type}) has no parameter &apos;{name}&apos;</source>
        <translation>{node}({type})에는 &apos;{name}&apos; 매개변수가 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this run has no {name}: the Dataset holds no validation split</source>
        <translation>이 실행에는 {name}이(가) 없습니다: Dataset에 검증 데이터가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this run has no {name}: the Dataset holds no test split</source>
        <translation>이 실행에는 {name}이(가) 없습니다: Dataset에 테스트 데이터가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this run has no {name}: accuracy is only measured for classification losses</source>
        <translation>이 실행에는 {name}이(가) 없습니다: 정확도는 분류 손실을 쓸 때만 잽니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this run has no values of {name}</source>
        <translation>이 실행에는 {name} 값이 없습니다</translation>
    </message>
</context>
<context>
    <name>LessonCli</name>
    <message>
        <location filename="../../lessons/cli.py" line="+35"/>
        <source>{file}: ok ({title}; {steps} steps, check: {check})</source>
        <translation>{file}: 올바름 ({title}, 단계 {steps}개, 확인식: {check})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>note: the lesson has no [[solution]]; running its graph as handed out</source>
        <translation>참고: 이 실습에는 [[solution]]이 없어 받은 그래프를 그대로 실행합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the graph as handed out</source>
        <translation>받은 그대로의 그래프</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} epochs</source>
        <translation>{n} 에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient check</source>
        <translation>기울기 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run {n}: {what} ({ended})</source>
        <translation>실행 {n}: {what} ({ended})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>아직</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not graded</source>
        <translation>채점 안 함</translation>
    </message>
</context>
<context>
    <name>LessonExpression</name>
    <message>
        <location filename="../../lessons/expr.py" line="+86"/>
        <source>{what} is not a number</source>
        <translation>{what}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>this run has no values of {name}</source>
        <translation>이 실행에는 {name} 값이 없습니다</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+10"/>
        <source>{what} needs a metric per epoch, such as val_loss</source>
        <translation>{what}에는 val_loss처럼 에포크마다 잰 지표를 넣어야 합니다</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the expression is empty</source>
        <translation>식이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expression is longer than {n} characters</source>
        <translation>식이 {n}자보다 깁니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a valid expression ({reason})</source>
        <translation>올바른 식이 아닙니다({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expression is too long</source>
        <translation>식이 너무 깁니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;{what}&apos; is not allowed in a check</source>
        <translation>확인식에는 &apos;{what}&apos;을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only &apos;not&apos;, &apos;-&apos; and &apos;+&apos; may stand before a value</source>
        <translation>값 앞에는 &apos;not&apos;, &apos;-&apos;, &apos;+&apos;만 올 수 있습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only + - * / may combine numbers</source>
        <translation>수끼리는 + - * /로만 계산할 수 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only &lt; &lt;= &gt; &gt;= == != may compare values</source>
        <translation>값은 &lt; &lt;= &gt; &gt;= == != 로만 비교할 수 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only numbers, true/false and short texts may be written</source>
        <translation>수, true/false, 짧은 글자만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{name}&apos; is a run: write what to read from it, e.g. {name}.val_loss</source>
        <translation>&apos;{name}&apos;은(는) 실행 이름입니다: 그 실행에서 무엇을 읽을지 쓰세요. 예: {name}.val_loss</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;.&apos; may only follow a named run of the lesson ({names})</source>
        <translation>&apos;.&apos;은 실습에서 이름을 붙인 실행({names}) 뒤에만 올 수 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a run has no &apos;{name}&apos; (it has: {known})</source>
        <translation>실행에는 &apos;{name}&apos;이(가) 없습니다(있는 것: {known})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>functions take plain arguments, not name=value</source>
        <translation>함수에는 name=value 꼴이 아니라 값만 넘깁니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown function &apos;{name}&apos; (known: {known})</source>
        <translation>알 수 없는 함수 &apos;{name}&apos;(쓸 수 있는 함수: {known})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}() takes {n} argument(s), got {got}</source>
        <translation>{name}()에는 인자가 {n}개 필요한데 {got}개가 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}() takes a quoted name, e.g. {name}(&quot;fc1&quot;)</source>
        <translation>{name}()에는 따옴표로 감싼 이름을 넘깁니다. 예: {name}(&quot;fc1&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown name &apos;{name}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>알 수 없는 이름 &apos;{name}&apos;(&apos;{close}&apos;을(를) 쓰려던 건가요?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown name &apos;{name}&apos; (known: {known})</source>
        <translation>알 수 없는 이름 &apos;{name}&apos;(쓸 수 있는 이름: {known})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no run yet: press Train</source>
        <translation>아직 실행이 없습니다: 학습(F5)을 누르세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no run yet for &apos;{name}&apos;: {what}</source>
        <translation>&apos;{name}&apos; 실행이 아직 없습니다: {what}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&apos;{what}&apos; is not true or false: compare it, e.g. {what} &lt; 0.1</source>
        <translation>&apos;{what}&apos;은(는) 참이나 거짓이 아닙니다: 비교하는 식으로 쓰세요. 예: {what} &lt; 0.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>texts can only be compared with == or !=</source>
        <translation>글자는 == 나 != 로만 비교할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <location filename="../../lessons/loader.py" line="+68"/>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than {n} KB</source>
        <translation>{n} KB보다 큽니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not UTF-8 text (byte {n})</source>
        <translation>UTF-8 텍스트가 아닙니다({n}번째 바이트)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not valid TOML: {reason}</source>
        <translation>올바른 TOML이 아닙니다: {reason}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown language &apos;{lang}&apos; (write ko and en)</source>
        <translation>알 수 없는 언어 &apos;{lang}&apos;(ko와 en으로 쓰세요)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a text in {lang} too</source>
        <translation>{lang} 글도 있어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs a text in Korean and English: ko = &quot;...&quot; and en = &quot;...&quot;</source>
        <translation>한국어와 영어 글이 모두 있어야 합니다: ko = &quot;...&quot;, en = &quot;...&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs an expression in quotes, e.g. &quot;val_acc &gt;= 0.9&quot;</source>
        <translation>따옴표로 감싼 식이 있어야 합니다. 예: &quot;val_acc &gt;= 0.9&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>should be a table ([{name}])</source>
        <translation>표([{name}])여야 합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown field &apos;{name}&apos; (known: {known})</source>
        <translation>알 수 없는 항목 &apos;{name}&apos;(쓸 수 있는 항목: {known})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be &quot;{format}&quot;</source>
        <translation>&quot;{format}&quot;이어야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version {v} is not supported (this nodeflow reads version {ok})</source>
        <translation>버전 {v}은(는) 지원하지 않습니다(이 nodeflow는 버전 {ok}을(를) 읽습니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs the graph file beside the lesson, e.g. graph = &quot;10_learning_rate.nodeflow&quot;</source>
        <translation>실습 파일 옆에 있는 그래프 파일이 있어야 합니다. 예: graph = &quot;10_learning_rate.nodeflow&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file: {name}</source>
        <translation>파일이 없습니다: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a lesson needs at least one step</source>
        <translation>실습에는 단계가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>should be a number</source>
        <translation>수여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a list of glossary terms in quotes</source>
        <translation>따옴표로 감싼 용어집 용어의 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot open {name}: {reason}</source>
        <translation>{name}을(를) 열 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>should be a list of settings such as [&quot;data.source&quot;, &quot;sgd.type&quot;, &quot;training.epochs&quot;]</source>
        <translation>[&quot;data.source&quot;, &quot;sgd.type&quot;, &quot;training.epochs&quot;]처럼 설정의 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+21"/>
        <source>unknown field &apos;{name}&apos;</source>
        <translation>알 수 없는 항목 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>a prediction needs at least two choices</source>
        <translation>예측 질문에는 보기가 두 개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>should be the number of the right choice, 1 to {n}</source>
        <translation>정답 보기의 번호(1~{n})여야 합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a run&apos;s name is a word of letters, digits and _</source>
        <translation>실행 이름은 영문자, 숫자, _로 된 한 낱말이어야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{name}&apos; is already a word of the check language; name the run otherwise</source>
        <translation>&apos;{name}&apos;은(는) 이미 확인식에서 쓰는 낱말입니다. 실행 이름을 다르게 지으세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a lesson needs a check: [check] expect = &quot;...&quot;</source>
        <translation>실습에는 확인식이 있어야 합니다: [check] expect = &quot;...&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>should be &quot;train&quot; or &quot;gradcheck&quot;</source>
        <translation>&quot;train&quot;이나 &quot;gradcheck&quot;여야 합니다</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>should be a list of hints</source>
        <translation>힌트의 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>should be a list of runs ([[solution]])</source>
        <translation>실행의 목록([[solution]])이어야 합니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{key}&apos; should read node.parameter, node.type or training.key</source>
        <translation>&apos;{key}&apos;은(는) 노드.매개변수, 노드.type, training.키 꼴이어야 합니다</translation>
    </message>
</context>
<context>
    <name>LessonSession</name>
    <message>
        <location filename="../lessons/session.py" line="+100"/>
        <source>Answer the lesson&apos;s prediction first (Lessons panel)</source>
        <translation>먼저 실습의 예측 질문에 답하세요(실습 패널)</translation>
    </message>
</context>
<context>
    <name>LessonsDock</name>
    <message>
        <location filename="../lessons/dock.py" line="+35"/>
        <source>Lessons</source>
        <translation>실습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lessons</source>
        <translation>실습(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the course&apos;s lessons</source>
        <translation>강의의 실습 목록을 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../lessons/panel.py" line="+257"/>
        <source>Lessons</source>
        <translation>실습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open lesson</source>
        <translation>실습 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ All lessons</source>
        <translation>◀ 실습 목록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict, then run</source>
        <translation>예측하고 실행하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock in my prediction</source>
        <translation>이 예측으로 정하기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset this lesson</source>
        <translation>이 실습 기록 지우기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These lesson files could not be read:</source>
        <translation>다음 실습 파일을 읽을 수 없습니다:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{passed} of {total} lessons passed</source>
        <translation>실습 {total}개 중 {passed}개 통과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lessons found in the lessons folder.</source>
        <translation>lessons 폴더에 실습이 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lesson {n} of {total}</source>
        <translation>실습 {n} / {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed by the lesson: {settings}</source>
        <translation>실습에서 고정한 설정: {settings}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the lesson&apos;s graph</source>
        <translation>실습 그래프 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s graph is open: follow the steps.</source>
        <translation>실습 그래프가 열려 있습니다. 단계를 따라 해 보세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another lesson is open.</source>
        <translation>다른 실습이 열려 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the lesson&apos;s graph to begin.</source>
        <translation>실습 그래프를 열어 시작하세요.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose an answer and lock it in; then Train.</source>
        <translation>답을 고르고 &apos;이 예측으로 정하기&apos;를 누른 다음 학습하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your prediction: {choice}</source>
        <translation>내 예측: {choice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your prediction was right.</source>
        <translation>예측이 맞았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run shows: {answer}</source>
        <translation>실행 결과: {answer}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose one of the answers first.</source>
        <translation>먼저 답을 하나 고르세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson checks the result when the run ends.</source>
        <translation>실행이 끝나면 실습이 결과를 확인합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Passed</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>아직</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not graded</source>
        <translation>채점 안 함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a run</source>
        <translation>실행을 기다리는 중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured: {values}</source>
        <translation>측정값: {values}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to try:</source>
        <translation>해 볼 것:</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../lessons/guards.py" line="+61"/>
        <source>The lesson keeps this setting fixed: {settings}</source>
        <translation>이 설정은 실습에서 고정되어 있습니다: {settings}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This graph changed a setting the lesson keeps fixed ({settings}): runs will not be graded until it is set back</source>
        <translation>이 그래프는 실습에서 고정한 설정({settings})을 바꿨습니다. 되돌릴 때까지 실행을 채점하지 않습니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="+66"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 node</source>
        <translation>노드 1개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} nodes</source>
        <translation>노드 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 parameter</source>
        <translation>매개변수 1개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} parameters</source>
        <translation>매개변수 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 multiply-add per sample</source>
        <translation>샘플당 곱셈-덧셈 1회</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} multiply-adds per sample</source>
        <translation>샘플당 곱셈-덧셈 {n}회</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about {size} to train</source>
        <translation>학습에 약 {size} 필요</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty graph</source>
        <translation>빈 그래프를 새로 시작합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a graph file</source>
        <translation>그래프 파일을 엽니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the graph</source>
        <translation>그래프를 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save under a new name</source>
        <translation>새 이름으로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as Python…</source>
        <translation>Python으로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a standalone training script (NumPy or PyTorch)</source>
        <translation>따로 실행되는 학습 스크립트를 만듭니다 (NumPy 또는 PyTorch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Snap to Grid</source>
        <translation>격자에 맞추기(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock Canvas</source>
        <translation>캔버스 잠그기(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prevent accidental edits on the canvas</source>
        <translation>캔버스를 실수로 고치지 않도록 잠급니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new run from fresh seeded weights (the same seed gives the same curve)</source>
        <translation>시드로 새로 초기화한 가중치에서 새 실행을 학습합니다 (같은 시드는 같은 곡선을 줍니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue Training</source>
        <translation>이어서 학습(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new run from the weights the last run ended with; its curves go on from there</source>
        <translation>마지막 실행이 끝난 가중치에서 새 실행을 학습합니다. 곡선은 거기서부터 이어집니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step One &amp;Epoch</source>
        <translation>한 에포크만 학습(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one epoch, then pause (starts a run from fresh weights when none goes)</source>
        <translation>한 에포크를 학습하고 멈춥니다 (진행 중인 실행이 없으면 새 가중치로 시작합니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause training between batches</source>
        <translation>배치 사이에서 학습을 일시 정지합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop training</source>
        <translation>학습을 중지합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Weights</source>
        <translation>가중치 초기화(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the trained weights, so that Continue has nothing to start from</source>
        <translation>학습된 가중치를 지웁니다. 그러면 이어서 학습할 가중치가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>한 에포크 학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;Gradients</source>
        <translation>기울기 확인(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare every layer&apos;s backprop gradient with central differences</source>
        <translation>모든 층의 역전파 기울기를 중심 차분(central difference)과 비교합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User &amp;Guide</source>
        <translation>사용자 안내서(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read how to use nodeflow</source>
        <translation>nodeflow 사용법을 읽습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every shortcut of the window and what the mouse does on the canvas</source>
        <translation>창의 모든 단축키와 캔버스에서 마우스로 할 수 있는 일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About nodeflow</source>
        <translation>nodeflow 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and licence</source>
        <translation>버전과 라이선스</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo {what}</source>
        <translation>실행 취소(&amp;U): {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {what}</source>
        <translation>다시 실행(&amp;R): {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xamples</source>
        <translation>예제(&amp;X)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrange</source>
        <translation>정렬(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {name}</source>
        <translation>{name}(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../canvas/minimap.py" line="+38"/>
        <source>Minimap: click or drag to move the view (View ▸ Minimap)</source>
        <translation>미니맵: 클릭하거나 드래그해 화면을 옮깁니다 (보기 ▸ 미니맵)</translation>
    </message>
</context>
<context>
    <name>NodeCatalogue</name>
    <message>
        <location filename="../../../build/i18n/node_catalogue.py" line="-604"/>
        <source>Where examples come from. Gives inputs on &apos;x&apos; and the answers on &apos;y&apos; (class labels, or numbers to predict). The data are shuffled once and split into a training part the network learns from, a validation part that shows whether it generalises, and a test part scored once at the end.</source>
        <extracomment>Dataset (node help)</extracomment>
        <translation>예제를 가져오는 곳입니다. &apos;x&apos;로 입력을, &apos;y&apos;로 정답(클래스 레이블이나 예측할 수)을 내보냅니다. 데이터는 한 번 섞인 뒤, 신경망이 보고 배우는 학습용, 일반화가 되는지 보여 주는 검증용, 마지막에 한 번 평가하는 테스트용으로 나뉩니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>csv only: leave out rows that are not all numbers (a word, an empty cell, too few or too many values) and train on the others, instead of stopping at them. The analysis says how many rows were left out and where.</source>
        <extracomment>Dataset.skip_bad_rows (parameter help)</extracomment>
        <translation>csv 전용: 숫자로만 되어 있지 않은 행(단어, 빈 칸, 값이 너무 적거나 많은 행)에서 멈추지 않고 그 행을 빼고 나머지로 학습합니다. 몇 행을 어디서 뺐는지는 분석 결과에 나옵니다.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Which data: generated toy sets (linear, xor, moons, circles, spirals, sine), small classic sets bundled with scikit-learn (digits: 8x8 handwritten digits; iris, wine, breast_cancer: classification; diabetes: regression), your own csv / npz file, a folder of images with one sub-folder per class (image_folder), MNIST-style IDX files (idx), CIFAR-10 batches (cifar10), or points you draw yourself (drawn).</source>
        <extracomment>Dataset.source (parameter help)</extracomment>
        <translation>어떤 데이터를 쓸지: 만들어 낸 연습용 데이터(linear, xor, moons, circles, spirals, sine), scikit-learn에 들어 있는 작은 고전 데이터(digits: 8x8 손글씨 숫자, iris·wine·breast_cancer: 분류, diabetes: 회귀), 직접 준비한 csv / npz 파일, 클래스마다 하위 폴더가 하나씩 있는 이미지 폴더(image_folder), MNIST 형식의 IDX 파일(idx), CIFAR-10 배치(cifar10), 또는 직접 찍은 점(drawn).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File for source csv or npz. A csv needs a header row; an npz needs arrays &apos;x&apos; and &apos;y&apos; (numpy.savez(path, x=..., y=...)). image_folder: the folder holding one sub-folder of images per class. idx: the images file (train-images-idx3-ubyte, gzipped or not), with its labels file beside it. cifar10: the extracted cifar-10-batches-py folder, or one batch file.</source>
        <extracomment>Dataset.path (parameter help)</extracomment>
        <translation>source가 csv나 npz일 때 읽을 파일. csv는 첫 줄에 열 이름이 있어야 하고, npz에는 배열 &apos;x&apos;와 &apos;y&apos;가 있어야 합니다(numpy.savez(path, x=..., y=...)). image_folder: 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더. idx: 이미지 파일(train-images-idx3-ubyte, gzip이어도 됨)이며 레이블 파일이 그 옆에 있어야 합니다. cifar10: 압축을 푼 cifar-10-batches-py 폴더나 배치 파일 하나.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image_folder only: every image is resized to this many pixels across and down (stretched when it is not square).</source>
        <extracomment>Dataset.image_size (parameter help)</extracomment>
        <translation>image_folder 전용: 모든 이미지를 가로세로 이 픽셀 수로 바꿉니다(정사각형이 아니면 늘어납니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image_folder only: grey gives one channel (N, 1, H, W), rgb three (N, 3, H, W). Transparent parts count as white.</source>
        <extracomment>Dataset.color (parameter help)</extracomment>
        <translation>image_folder 전용: grey는 채널 1개(N, 1, H, W), rgb는 채널 3개(N, 3, H, W)입니다. 투명한 부분은 흰색으로 봅니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image_folder, idx and cifar10: use at most this many images, taken evenly across the files so every class keeps its share (0 = all of them). Handy for a quick first run.</source>
        <extracomment>Dataset.max_images (parameter help)</extracomment>
        <translation>image_folder, idx, cifar10: 최대 이만큼의 이미지만 씁니다. 파일 전체에서 고르게 골라 클래스마다 제 몫을 유지합니다(0 = 전부). 처음에 빠르게 돌려 볼 때 좋습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drawn only: the points you draw in the area below (click to add, drag to paint, right-click or the eraser to remove). Stored in the graph file.</source>
        <extracomment>Dataset.points (parameter help)</extracomment>
        <translation>drawn 전용: 아래 영역에 찍은 점(클릭하면 추가, 끌면 칠하기, 오른쪽 클릭이나 지우개로 지우기). 그래프 파일에 저장됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv only: the column to predict. Empty means the last column; all other columns are inputs. Numbers or text labels (setosa, versicolor, ...).</source>
        <extracomment>Dataset.target (parameter help)</extracomment>
        <translation>csv 전용: 예측할 열. 비워 두면 마지막 열을 쓰고, 나머지 열은 모두 입력이 됩니다. 숫자나 텍스트 레이블(setosa, versicolor, ...)이면 됩니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv only: how a text column (colour: red, green, ...) becomes inputs. one_hot gives one input per category (1 for the row&apos;s category, 0 for the others); index gives one input holding the category&apos;s number in sorted order. A text target always becomes class labels named by its values.</source>
        <extracomment>Dataset.categorical (parameter help)</extracomment>
        <translation>csv 전용: 텍스트 열(colour: red, green, ...)을 입력으로 바꾸는 방법. one_hot은 범주마다 입력 하나를 만들고(그 줄의 범주는 1, 나머지는 0), index는 정렬한 순서의 범주 번호를 담은 입력 하나를 만듭니다. 텍스트 목표 열은 언제나 그 값을 이름으로 하는 클래스 레이블이 됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv only: what to do with an empty cell. no reports it by line and column; mean, median or zero fill it from the column (a text column gets its most frequent value). A missing target is never filled.</source>
        <extracomment>Dataset.fill_missing (parameter help)</extracomment>
        <translation>csv 전용: 빈 칸을 어떻게 할지. no는 줄과 열을 밝혀 알리고, mean·median·zero는 그 열의 평균·중앙값·0으로 채웁니다(텍스트 열은 가장 많이 나온 값). 목표값이 빠진 칸은 채우지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, npz and drawn only: classification (predict a class) or regression (predict a number). auto picks classification when the target holds whole numbers with at most 20 different values (or text labels), regression otherwise; drawn points are classes unless regression is chosen (then x across is the input, y up the target).</source>
        <extracomment>Dataset.task (parameter help)</extracomment>
        <translation>csv, npz, drawn 전용: 분류(클래스를 예측)나 회귀(수를 예측). auto는 목표 열이 서로 다른 값이 20개 이하인 정수(또는 텍스트 레이블)이면 분류를, 아니면 회귀를 고릅니다. drawn의 점은 회귀를 고르지 않으면 클래스입니다(회귀이면 가로 x가 입력, 세로 y가 목표값).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many examples to generate (generated sets only; the others have a fixed size).</source>
        <extracomment>Dataset.n_samples (parameter help)</extracomment>
        <translation>만들어 낼 예제 수(만들어 내는 데이터 전용. 나머지는 크기가 정해져 있습니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random scatter added to generated points (standard deviation). More noise makes the task harder and the boundary fuzzier.</source>
        <extracomment>Dataset.noise (parameter help)</extracomment>
        <translation>만들어 낸 점에 더하는 무작위 흩어짐(표준편차). 잡음이 클수록 문제가 어려워지고 경계가 흐려집니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gaussian and mixture: 1 for numbers on a line (their histogram is the picture), 2 for points in the plane. Toy distributions for a GAN to learn; turn standardize off to keep the units given here.</source>
        <extracomment>Dataset.dims (parameter help)</extracomment>
        <translation>gaussian, mixture: 1이면 직선 위의 수(히스토그램으로 봅니다), 2이면 평면 위의 점입니다. GAN이 배울 연습용 분포입니다. 여기 적은 단위를 그대로 두려면 standardize(표준화)를 끄세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gaussian: the centre of the bell curve (in 2-D, of both coordinates); mixture: the middle of the row of bells.</source>
        <extracomment>Dataset.mean (parameter help)</extracomment>
        <translation>gaussian: 종 모양 곡선의 중심(2-D에서는 두 좌표 모두), mixture: 한 줄로 늘어선 종들의 가운데.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gaussian, mixture, ring: the spread (standard deviation) of each bell. A GAN&apos;s generated samples should end with the same spread.</source>
        <extracomment>Dataset.std (parameter help)</extracomment>
        <translation>gaussian, mixture, ring: 종 하나하나의 퍼짐(표준편차). GAN이 만든 표본도 끝에는 같은 퍼짐이 되어야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mixture and ring: how many bells (modes). A generator that covers only some of them shows mode collapse.</source>
        <extracomment>Dataset.components (parameter help)</extracomment>
        <translation>mixture, ring: 종(모드)의 개수. 생성자가 그중 일부만 덮으면 모드 붕괴(mode collapse)가 일어난 것입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mixture: the distance between the centres of neighbouring bells.</source>
        <extracomment>Dataset.spread (parameter help)</extracomment>
        <translation>mixture: 이웃한 종의 중심 사이 거리.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ring: the radius of the circle the bells sit on (the ring is always 2-D).</source>
        <extracomment>Dataset.radius (parameter help)</extracomment>
        <translation>ring: 종들이 놓인 원의 반지름(ring은 언제나 2-D입니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear only: how many inputs x1..xF; y = slope * (x1 + ... + xF) + intercept + noise.</source>
        <extracomment>Dataset.features (parameter help)</extracomment>
        <translation>linear 전용: 입력 x1..xF의 개수. y = slope * (x1 + ... + xF) + intercept + noise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear only: the true slope. Watch a Dense layer&apos;s weight move towards it.</source>
        <extracomment>Dataset.slope (parameter help)</extracomment>
        <translation>linear 전용: 참 기울기. Dense 층의 가중치가 이 값으로 다가가는 것을 지켜보세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear only: the true intercept. Watch a Dense layer&apos;s bias move towards it.</source>
        <extracomment>Dataset.intercept (parameter help)</extracomment>
        <translation>linear 전용: 참 절편. Dense 층의 편향이 이 값으로 다가가는 것을 지켜보세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sine only: how many past values each example shows; the answer is the next value. x has shape (N, seq_len, 1), for RNN, LSTM or GRU layers.</source>
        <extracomment>Dataset.seq_len (parameter help)</extracomment>
        <translation>sine 전용: 예제 하나가 보여 주는 지난 값의 개수. 정답은 그다음 값입니다. x의 모양은 (N, seq_len, 1)이며 RNN, LSTM, GRU 층에 넣습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>digits only: give each digit as a 1x8x8 image (N, 1, 8, 8) for Conv2D layers instead of 64 numbers in a row (N, 64).</source>
        <extracomment>Dataset.as_images (parameter help)</extracomment>
        <translation>digits 전용: 숫자 하나를 한 줄로 늘어선 수 64개(N, 64) 대신 1x8x8 이미지(N, 1, 8, 8)로 내보내 Conv2D 층에 넣습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Examples per weight update. 1 is stochastic gradient descent; as many as the training set is full-batch descent; in between are mini-batches.</source>
        <extracomment>Dataset.batch_size (parameter help)</extracomment>
        <translation>가중치를 한 번 고칠 때마다 보는 예제 수. 1이면 확률적 경사하강법, 학습 데이터 전체와 같으면 전체 배치 경사하강법, 그 사이는 미니배치입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shuffle the training examples into new batches every epoch (recommended).</source>
        <extracomment>Dataset.shuffle (parameter help)</extracomment>
        <translation>에포크마다 학습 예제를 섞어 새 배치로 나눕니다(권장).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fraction of the data held out to check generalisation after each epoch (never trained on).</source>
        <extracomment>Dataset.validation_split (parameter help)</extracomment>
        <translation>에포크가 끝날 때마다 일반화를 확인하려고 떼어 두는 데이터의 비율(학습에는 쓰지 않습니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fraction of the data held out and scored once, after training.</source>
        <extracomment>Dataset.test_split (parameter help)</extracomment>
        <translation>떼어 두었다가 학습이 끝난 뒤 한 번 평가하는 데이터의 비율.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fully connected layer: every output is a weighted sum of all inputs plus a bias.</source>
        <extracomment>Dense (node help)</extracomment>
        <translation>완전 연결 층: 각 출력은 모든 입력에 가중치를 곱해 더한 값에 편향을 더한 것입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of outputs (neurons).</source>
        <extracomment>Dense.units (parameter help)</extracomment>
        <translation>출력(뉴런)의 개수.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a learned offset to every output.</source>
        <extracomment>Dense.use_bias (parameter help)</extracomment>
        <translation>각 출력에 학습되는 편향을 더합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the starting weights are drawn: auto picks He before ReLU-like activations, else Xavier.</source>
        <extracomment>Dense.init (parameter help)</extracomment>
        <translation>처음 가중치를 뽑는 방법: auto는 ReLU 계열 활성화 함수 앞에서는 He를, 그 밖에는 Xavier를 고릅니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id of another Dense whose weights this one uses (empty: its own), so one layer judges two inputs with the same weights, as a GAN&apos;s discriminator does real and fake samples. Gradients from both uses add up.</source>
        <extracomment>Dense.share (parameter help)</extracomment>
        <translation>이 층이 가중치를 빌려 쓸 다른 Dense의 id입니다(비우면 자기 가중치). 이렇게 하면 한 층이 같은 가중치로 두 입력을 판단합니다. GAN의 판별자가 진짜와 가짜 샘플을 판단하듯이요. 두 쓰임의 기울기는 더해집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrolls each sample into one long vector, e.g. (N, 1, 8, 8) -&gt; (N, 64), to feed a Dense.</source>
        <extracomment>Flatten (node help)</extracomment>
        <translation>샘플 하나를 긴 벡터 하나로 펼칩니다. 예: (N, 1, 8, 8) -&gt; (N, 64). Dense에 넣기 전에 씁니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rearranges each sample&apos;s values into a new shape with the same number of values.</source>
        <extracomment>Reshape (node help)</extracomment>
        <translation>샘플 하나의 값들을 개수는 그대로 두고 새 모양으로 다시 늘어놓습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shape of one sample, without the batch axis, e.g. 1, 8, 8 for a grey 8x8 image.</source>
        <extracomment>Reshape.shape (parameter help)</extracomment>
        <translation>배치 축을 뺀 샘플 하나의 모양. 예: 회색조 8x8 이미지는 1, 8, 8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Randomly zeroes inputs while training so the network cannot rely on any single one.</source>
        <extracomment>Dropout (node help)</extracomment>
        <translation>학습하는 동안 입력을 무작위로 0으로 만들어, 신경망이 어느 하나에만 기대지 못하게 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fraction of inputs zeroed during training; none at inference.</source>
        <extracomment>Dropout.rate (parameter help)</extracomment>
        <translation>학습 중에 0으로 만드는 입력의 비율. 추론할 때는 하나도 끄지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalizes each feature (or image channel) over the batch, then scales and shifts it.</source>
        <extracomment>BatchNorm (node help)</extracomment>
        <translation>각 특성(또는 이미지 채널)을 배치 전체에 걸쳐 정규화한 뒤, 다시 늘이고 옮깁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How slowly the running mean and variance used at inference follow each batch.</source>
        <extracomment>BatchNorm.momentum (parameter help)</extracomment>
        <translation>추론에 쓰는 이동 평균과 분산이 배치마다 얼마나 천천히 따라갈지.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small number added to the variance to avoid dividing by zero.</source>
        <extracomment>BatchNorm.eps (parameter help)</extracomment>
        <translation>0으로 나누지 않도록 분산에 더하는 작은 수.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slides learned filters over images; each filter detects one local pattern everywhere.</source>
        <extracomment>Conv2D (node help)</extracomment>
        <translation>학습된 필터를 이미지 위로 미끄러뜨립니다. 필터 하나가 모든 위치에서 국소적인 무늬 하나를 찾아냅니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of filters, i.e. output channels.</source>
        <extracomment>Conv2D.filters (parameter help)</extracomment>
        <translation>필터 수, 곧 출력 채널 수.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width and height of each square filter, in pixels.</source>
        <extracomment>Conv2D.kernel_size (parameter help)</extracomment>
        <translation>정사각형 필터 하나의 너비와 높이(픽셀).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step between filter positions; 2 halves the image size.</source>
        <extracomment>Conv2D.stride (parameter help)</extracomment>
        <translation>필터 위치 사이의 간격. 2이면 이미지 크기가 절반이 됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeps the largest value of each window: shrinks images, keeps strong responses.</source>
        <extracomment>MaxPool2D (node help)</extracomment>
        <translation>창마다 가장 큰 값만 남깁니다. 이미지를 줄이면서 강한 반응은 살립니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width and height of the square window whose maximum is kept.</source>
        <extracomment>MaxPool2D.pool_size (parameter help)</extracomment>
        <translation>최댓값을 남길 정사각형 창의 너비와 높이.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step between windows; equal to pool_size for no overlap.</source>
        <extracomment>MaxPool2D.stride (parameter help)</extracomment>
        <translation>창 사이의 간격. pool_size와 같으면 창이 겹치지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Averages each window: shrinks images smoothly.</source>
        <extracomment>AvgPool2D (node help)</extracomment>
        <translation>창마다 평균을 냅니다. 이미지를 부드럽게 줄입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width and height of the square window that is averaged.</source>
        <extracomment>AvgPool2D.pool_size (parameter help)</extracomment>
        <translation>평균을 낼 정사각형 창의 너비와 높이.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simple recurrent layer: reads a sequence step by step, h = tanh(x Wx + h Wh + b).</source>
        <extracomment>RNN (node help)</extracomment>
        <translation>단순 순환 층: 시퀀스를 한 단계씩 읽습니다. h = tanh(x Wx + h Wh + b).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the hidden state carried from step to step.</source>
        <extracomment>RNN.units (parameter help)</extracomment>
        <translation>단계에서 다음 단계로 이어지는 은닉 상태의 크기.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output the hidden state at every time step (N, T, H) instead of only the last (N, H).</source>
        <extracomment>RNN.return_sequences (parameter help)</extracomment>
        <translation>마지막 은닉 상태(N, H)만이 아니라 모든 시간 단계의 은닉 상태(N, T, H)를 내보냅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long short-term memory: gated recurrent layer that can remember over many steps.</source>
        <extracomment>LSTM (node help)</extracomment>
        <translation>장단기 메모리(long short-term memory): 게이트가 있는 순환 층으로, 여러 단계에 걸쳐 기억할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gated recurrent unit: a lighter gated recurrent layer than LSTM.</source>
        <extracomment>GRU (node help)</extracomment>
        <translation>게이트 순환 유닛(gated recurrent unit): LSTM보다 가벼운, 게이트가 있는 순환 층.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds two tensors of the same shape element by element, e.g. a residual connection; or two losses, to minimise their sum with one optimizer.</source>
        <extracomment>Add (node help)</extracomment>
        <translation>같은 모양의 두 텐서를 원소별로 더합니다(예: 잔차 연결). 두 손실을 더해 옵티마이저 하나로 그 합을 최소화할 수도 있습니다.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Shift and scale each input to mean 0 and standard deviation 1, using statistics of the training part only. Helps most networks train faster. Targets to predict are left in their own units (see standardize_target).</source>
        <extracomment>Dataset.standardize (parameter help)</extracomment>
        <translation>각 입력을 평균 0, 표준편차 1이 되도록 옮기고 늘입니다(학습 부분의 통계만 씀). 대부분의 신경망이 더 빨리 학습합니다. 예측할 목표값은 원래 단위 그대로 둡니다(standardize_target 참고).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regression only: train on the targets shifted and scaled to mean 0 and standard deviation 1 (statistics of the training part), so house prices in the hundreds of thousands train like any other numbers. The loss curves are then in those standard units; RMSE and predictions are reported in the targets&apos; own units. Files saved before this setting existed keep it off.</source>
        <extracomment>Dataset.standardize_target (parameter help)</extracomment>
        <translation>회귀 전용: 목표값을 평균 0, 표준편차 1로 표준화해서 학습합니다(학습 부분의 통계 사용). 그래서 수십만 단위의 집값도 다른 숫자처럼 학습됩니다. 이때 손실 곡선은 표준화된 단위이고, RMSE와 예측은 목표값의 원래 단위로 보여 줍니다. 이 설정이 생기기 전에 저장한 파일은 꺼진 채로 둡니다.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Zero border added around the image: valid (none), same (keeps the size at stride 1; an even kernel gets one pixel more at the bottom and right, as in PyTorch) or a number of pixels.</source>
        <extracomment>Conv2D.padding (parameter help)</extracomment>
        <translation>이미지 둘레에 덧대는 0의 테두리: valid(없음), same(스트라이드 1에서 크기 유지. 짝수 크기 커널은 PyTorch처럼 아래쪽과 오른쪽에 한 픽셀 더 덧댑니다), 또는 픽셀 수.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Joins two tensors side by side along one axis; the other axes must match.</source>
        <extracomment>Concat (node help)</extracomment>
        <translation>텐서 두 개를 한 축을 따라 나란히 잇습니다. 나머지 축의 크기는 같아야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Axis to join along, counting the batch axis as 0; -1 is the last axis (features).</source>
        <extracomment>Concat.axis (parameter help)</extracomment>
        <translation>이어 붙일 축. 배치 축을 0으로 셉니다. -1은 마지막 축(특성)입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max(0, x): passes positive values, zeroes negative ones.</source>
        <extracomment>ReLU (node help)</extracomment>
        <translation>max(0, x): 양수는 그대로 통과시키고 음수는 0으로 만듭니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x for positive values, alpha * x for negative ones, so negative inputs still learn.</source>
        <extracomment>LeakyReLU (node help)</extracomment>
        <translation>양수에는 x, 음수에는 alpha * x를 내보내므로 음수 입력에서도 학습이 멈추지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slope for negative inputs.</source>
        <extracomment>LeakyReLU.alpha (parameter help)</extracomment>
        <translation>음수 입력에서의 기울기.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x for positive values, alpha * (exp(x) - 1) for negative ones: smooth near zero.</source>
        <extracomment>ELU (node help)</extracomment>
        <translation>양수에는 x, 음수에는 alpha * (exp(x) - 1): 0 근처에서 매끄럽습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value the output approaches for very negative inputs (as -alpha).</source>
        <extracomment>ELU.alpha (parameter help)</extracomment>
        <translation>입력이 아주 작은 음수일 때 출력이 다가가는 값(-alpha).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scaled ELU with fixed constants that keep activations normalized in deep stacks.</source>
        <extracomment>SELU (node help)</extracomment>
        <translation>고정된 상수로 크기를 맞춘 ELU로, 층을 깊이 쌓아도 활성화 값이 정규화된 상태로 유지됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 / (1 + exp(-x)): squashes to (0, 1). Followed by BCE, the pair is computed in a stable fused form.</source>
        <extracomment>Sigmoid (node help)</extracomment>
        <translation>1 / (1 + exp(-x)): 값을 (0, 1) 사이로 눌러 줍니다. 뒤에 BCE가 오면 둘을 묶어 수치적으로 안정된 형태로 계산합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hyperbolic tangent: squashes to (-1, 1), centred on zero.</source>
        <extracomment>Tanh (node help)</extracomment>
        <translation>쌍곡탄젠트: 값을 (-1, 1) 사이로 눌러 주며, 0을 중심으로 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log(1 + exp(x)): a smooth version of ReLU, always positive.</source>
        <extracomment>Softplus (node help)</extracomment>
        <translation>log(1 + exp(x)): ReLU를 매끄럽게 만든 것으로, 늘 양수입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns the last axis into probabilities that sum to 1. Followed by CrossEntropy, the pair is computed in a stable fused form.</source>
        <extracomment>Softmax (node help)</extracomment>
        <translation>마지막 축을 합이 1인 확률로 바꿉니다. 뒤에 CrossEntropy가 오면 둘을 묶어 수치적으로 안정된 형태로 계산합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 where x &gt; 0, else 0. Its gradient is zero almost everywhere, so layers before it cannot learn by gradient descent.</source>
        <extracomment>Step (node help)</extracomment>
        <translation>x &gt; 0이면 1, 아니면 0. 기울기가 거의 모든 곳에서 0이라, 앞에 있는 층은 경사하강법으로 학습할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes values through unchanged (a linear activation).</source>
        <extracomment>Identity (node help)</extracomment>
        <translation>값을 바꾸지 않고 그대로 통과시킵니다(선형 활성화).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean squared error: the average of (pred - target)^2; the usual regression loss.</source>
        <extracomment>MSE (node help)</extracomment>
        <translation>평균 제곱 오차(mean squared error): (pred - target)^2의 평균. 회귀에서 흔히 쓰는 손실입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean absolute error: the average of |pred - target|; less swayed by outliers than MSE.</source>
        <extracomment>MAE (node help)</extracomment>
        <translation>평균 절대 오차(mean absolute error): |pred - target|의 평균. MSE보다 이상치에 덜 휘둘립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Squared error for small errors, absolute error beyond delta: robust to outliers.</source>
        <extracomment>Huber (node help)</extracomment>
        <translation>오차가 작으면 제곱 오차, delta를 넘으면 절대 오차를 씁니다. 이상치에 강합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error size where the loss switches from squared to linear.</source>
        <extracomment>Huber.delta (parameter help)</extracomment>
        <translation>손실이 제곱에서 선형으로 바뀌는 오차의 크기.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Learning rate: how big a step to take. Too large and the loss jumps around or explodes; too small and training crawls.</source>
        <extracomment>SGD.lr (parameter help)</extracomment>
        <translation>학습률: 한 번에 얼마나 크게 움직일지. 너무 크면 손실이 널뛰거나 폭발하고, 너무 작으면 학습이 기어가듯 느립니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L2 penalty: adds weight_decay * w to each weight&apos;s gradient, pulling weights towards 0 to fight overfitting. Biases and BatchNorm parameters are not decayed. (This is classic L2 regularization; the decoupled AdamW variant is not offered.)</source>
        <extracomment>SGD.weight_decay (parameter help)</extracomment>
        <translation>L2 벌점: 각 가중치의 기울기에 weight_decay * w를 더해 가중치를 0 쪽으로 당기고, 과적합을 막습니다. 편향과 BatchNorm의 매개변수에는 적용하지 않습니다. (고전적인 L2 규제이며, 분리된 방식인 AdamW는 제공하지 않습니다.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the learning rate changes over epochs: constant; step (multiply by decay_rate every decay_epochs epochs); exponential (multiply by decay_rate every epoch); cosine (glide smoothly from lr down to 0 by the last epoch).</source>
        <extracomment>SGD.schedule (parameter help)</extracomment>
        <translation>에포크에 따라 학습률을 바꾸는 방법: constant(그대로), step(decay_epochs 에포크마다 decay_rate를 곱함), exponential(에포크마다 decay_rate를 곱함), cosine(마지막 에포크까지 lr에서 0으로 부드럽게 줄임).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step and exponential schedules: the factor the learning rate is multiplied by.</source>
        <extracomment>SGD.decay_rate (parameter help)</extracomment>
        <translation>step과 exponential 스케줄: 학습률에 곱하는 값.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step schedule: epochs between two decays.</source>
        <extracomment>SGD.decay_epochs (parameter help)</extracomment>
        <translation>step 스케줄: 두 번의 감소 사이의 에포크 수.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates this optimizer takes in each round, on the same batch (with several optimizers, e.g. k discriminator steps per generator step in a GAN). Rounds take the optimizers in the order they were added to the graph.</source>
        <extracomment>SGD.steps (parameter help)</extracomment>
        <translation>라운드마다 이 옵티마이저가 같은 배치로 하는 갱신 횟수입니다(옵티마이저가 여럿일 때, 예: GAN에서 생성자 한 단계마다 판별자 k 단계). 라운드는 옵티마이저를 그래프에 추가된 순서대로 돌립니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the previous velocity is kept each step (0 is plain SGD).</source>
        <extracomment>Momentum.momentum (parameter help)</extracomment>
        <translation>걸음마다 이전 속도를 얼마나 남길지(0이면 보통의 SGD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nesterov momentum: look ahead along the velocity before stepping; often a little smoother.</source>
        <extracomment>Momentum.nesterov (parameter help)</extracomment>
        <translation>네스테로프 모멘텀: 움직이기 전에 속도 방향으로 한 걸음 미리 내다봅니다. 대개 조금 더 매끄럽습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimizes the loss wired into it: after every batch, backpropagation gives the gradient of that loss with respect to every weight in the network, and this optimizer gives every weight its own step size: it sums that weight&apos;s squared gradients and divides the step by their square root, so often-updated weights slow down: w -= lr * g / (sqrt(sum g^2) + eps).</source>
        <extracomment>AdaGrad (node help)</extracomment>
        <translation>연결된 손실을 최소화합니다. 배치가 끝날 때마다 역전파가 신경망의 모든 가중치에 대한 그 손실의 기울기를 구하고, 이 옵티마이저는 가중치마다 걸음 크기를 따로 정합니다. 그 가중치의 기울기 제곱을 모두 더해 그 제곱근으로 걸음을 나누므로, 자주 고쳐진 가중치일수록 느려집니다: w -= lr * g / (sqrt(sum g^2) + eps).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tiny number added to the denominator so the step never divides by zero.</source>
        <extracomment>AdaGrad.eps (parameter help)</extracomment>
        <translation>걸음을 0으로 나누는 일이 없도록 분모에 더하는 아주 작은 수.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimizes the loss wired into it: after every batch, backpropagation gives the gradient of that loss with respect to every weight in the network, and this optimizer divides each weight&apos;s step by a running average of its recent squared gradients, so steps stay a sensible size whether gradients are large or small: s = rho * s + (1 - rho) * g^2, w -= lr * g / (sqrt(s) + eps).</source>
        <extracomment>RMSProp (node help)</extracomment>
        <translation>연결된 손실을 최소화합니다. 배치가 끝날 때마다 역전파가 신경망의 모든 가중치에 대한 그 손실의 기울기를 구하고, 이 옵티마이저는 각 가중치의 걸음을 최근 기울기 제곱의 이동 평균으로 나눕니다. 그래서 기울기가 크든 작든 걸음이 알맞은 크기를 유지합니다: s = rho * s + (1 - rho) * g^2, w -= lr * g / (sqrt(s) + eps).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How slowly the average of squared gradients forgets (0.9 to 0.99).</source>
        <extracomment>RMSProp.rho (parameter help)</extracomment>
        <translation>기울기 제곱의 평균이 지난 값을 얼마나 천천히 잊을지(0.9~0.99).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimizes the loss wired into it: after every batch, backpropagation gives the gradient of that loss with respect to every weight in the network, and this optimizer combines momentum (a running average of gradients) with RMSProp&apos;s per-weight scaling (a running average of squared gradients), both corrected for starting at zero. A robust default for most networks.</source>
        <extracomment>Adam (node help)</extracomment>
        <translation>연결된 손실을 최소화합니다. 배치가 끝날 때마다 역전파가 신경망의 모든 가중치에 대한 그 손실의 기울기를 구하고, 이 옵티마이저는 모멘텀(기울기의 이동 평균)과 RMSProp의 가중치별 크기 조정(기울기 제곱의 이동 평균)을 합치며, 둘 다 0에서 출발해 생기는 치우침을 보정합니다. 대부분의 신경망에 무난한 기본값입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How slowly the average of gradients (the momentum) forgets.</source>
        <extracomment>Adam.beta1 (parameter help)</extracomment>
        <translation>기울기의 평균(모멘텀)이 지난 값을 얼마나 천천히 잊을지.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How slowly the average of squared gradients forgets.</source>
        <extracomment>Adam.beta2 (parameter help)</extracomment>
        <translation>기울기 제곱의 평균이 지난 값을 얼마나 천천히 잊을지.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random numbers, drawn fresh for every batch from the run&apos;s seeded generator: the input z a GAN&apos;s generator turns into fake samples.</source>
        <extracomment>Noise (node help)</extracomment>
        <translation>무작위 수입니다. 배치마다 실행의 시드 난수 생성기에서 새로 뽑습니다. GAN의 생성자가 가짜 샘플로 바꾸는 입력 z입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>normal: bell-shaped around 0 with standard deviation scale; uniform: evenly spread between -scale and scale.</source>
        <extracomment>Noise.distribution (parameter help)</extracomment>
        <translation>normal: 0을 중심으로 표준편차가 scale인 종 모양 분포, uniform: -scale과 scale 사이에 고르게 퍼진 분포.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shape of one sample, without the batch axis, e.g. 2 for points in the plane.</source>
        <extracomment>Noise.shape (parameter help)</extracomment>
        <translation>배치 축을 뺀 샘플 하나의 모양입니다. 예: 평면 위의 점이면 2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spread of the noise (standard deviation, or half the width).</source>
        <extracomment>Noise.scale (parameter help)</extracomment>
        <translation>잡음이 퍼진 정도입니다(표준편차, 또는 폭의 절반).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples per batch when the graph has no Dataset; with a Dataset every batch has as many samples as the Dataset&apos;s batch.</source>
        <extracomment>Noise.batch_size (parameter help)</extracomment>
        <translation>그래프에 Dataset이 없을 때 배치 하나의 샘플 수입니다. Dataset이 있으면 모든 배치가 Dataset의 배치와 같은 수의 샘플을 가집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A target filled with one value for every sample of the batch (as many as the round&apos;s batch holds): 1 for real and 0 for fake in a GAN, or 0.9 to smooth the labels.</source>
        <extracomment>Constant (node help)</extracomment>
        <translation>배치의 모든 샘플(라운드의 배치에 든 수만큼)에 한 값을 채운 목표입니다. GAN에서 진짜는 1, 가짜는 0, 또는 레이블을 부드럽게 하려면 0.9.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A world an agent learns to act in, instead of a data set: it shows a state, the agent picks an action, the world answers with a reward and the next state. The agent explores epsilon-greedily, keeps its recent steps in a replay buffer and learns from random batches of them: &apos;state&apos; gives their states to the Q-network, &apos;target&apos; the action taken and the TD target for the TD loss.</source>
        <extracomment>Environment (node help)</extracomment>
        <translation>데이터셋 대신 에이전트가 행동하며 배우는 환경입니다. 환경이 상태를 보여 주면 에이전트가 행동을 고르고, 환경은 보상과 다음 상태로 답합니다. 에이전트는 엡실론-탐욕(epsilon-greedy)으로 탐험하고, 최근 스텝을 리플레이 버퍼에 모아 두었다가 무작위 배치로 배웁니다. &apos;state&apos;는 그 상태들을 Q 신경망에, &apos;target&apos;은 고른 행동과 TD 목표값을 TD 손실에 줍니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which world: the built-in grid world, or a Gymnasium task (FrozenLake, CliffWalking: grids; CartPole, MountainCar, Acrobot: control tasks with an observation vector).</source>
        <extracomment>Environment.source (parameter help)</extracomment>
        <translation>어떤 환경인지: 내장 그리드 월드, 또는 Gymnasium 과제(FrozenLake, CliffWalking: 격자; CartPole, MountainCar, Acrobot: 관측 벡터가 있는 제어 과제).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gridworld only: the map, rows separated by &apos;/&apos;: . floor, # wall, P pit, G goal, S start. Empty: the built-in 5x5 map (or an open map of &apos;size&apos;).</source>
        <extracomment>Environment.layout (parameter help)</extracomment>
        <translation>gridworld 전용: 지도. 행은 &apos;/&apos;로 나눕니다: . 바닥, # 벽, P 구덩이, G 목표, S 출발. 비워 두면 내장 5x5 지도(&apos;size&apos;를 정하면 벽 없는 지도)입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gridworld only, with an empty layout: an open size x size map from the top-left corner to the bottom-right one (0: the built-in 5x5 map with walls and pits).</source>
        <extracomment>Environment.size (parameter help)</extracomment>
        <translation>gridworld 전용, layout이 비었을 때: 왼쪽 위에서 오른쪽 아래로 가는 벽 없는 size x size 지도(0: 벽과 구덩이가 있는 내장 5x5 지도).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gridworld only: the reward lost on every step, so shorter paths earn more.</source>
        <extracomment>Environment.step_penalty (parameter help)</extracomment>
        <translation>gridworld 전용: 스텝마다 잃는 보상. 그래서 짧은 경로일수록 더 많이 얻습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gridworld only: the reward for stepping onto the goal (the episode ends).</source>
        <extracomment>Environment.goal_reward (parameter help)</extracomment>
        <translation>gridworld 전용: 목표 칸에 들어설 때 받는 보상(에피소드가 끝납니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gridworld only: the reward for falling into a pit (the episode ends).</source>
        <extracomment>Environment.pit_reward (parameter help)</extracomment>
        <translation>gridworld 전용: 구덩이에 빠질 때 받는 보상(에피소드가 끝납니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gridworld only: the chance that the agent slides sideways instead of moving as it chose (0: deterministic; FrozenLake&apos;s ice is about 0.67).</source>
        <extracomment>Environment.slip (parameter help)</extracomment>
        <translation>gridworld 전용: 에이전트가 고른 대로 가지 않고 옆으로 미끄러질 가능성(0: 결정적; FrozenLake의 얼음은 약 0.67).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FrozenLake only: slippery ice (the agent moves as chosen only one time in three).</source>
        <extracomment>Environment.slippery (parameter help)</extracomment>
        <translation>FrozenLake 전용: 미끄러운 얼음(에이전트가 고른 대로 움직이는 것은 세 번에 한 번뿐입니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FrozenLake only: the 4x4 lake or the larger 8x8 one.</source>
        <extracomment>Environment.map_name (parameter help)</extracomment>
        <translation>FrozenLake 전용: 4x4 호수 또는 더 큰 8x8 호수.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps after which an episode is cut short (0: the world&apos;s own limit; 100 in the grid world).</source>
        <extracomment>Environment.max_steps (parameter help)</extracomment>
        <translation>에피소드를 중간에 끊는 스텝 수(0: 환경 자체의 한도; 그리드 월드는 100).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the network sees of a state: one_hot (one input per grid cell: a Dense without bias then is a Q-table), coords (row and column), observation (the task&apos;s vector). auto: one_hot for grids, observation otherwise.</source>
        <extracomment>Environment.encoding (parameter help)</extracomment>
        <translation>신경망이 상태를 보는 방식: one_hot(격자 칸마다 입력 하나: 그러면 편향 없는 Dense가 곧 Q 표), coords(행과 열), observation(과제의 벡터). auto: 격자는 one_hot, 나머지는 observation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many episodes to play and learn from (an episode runs from the start to the goal, a pit, a fall, or the step limit).</source>
        <extracomment>Environment.episodes (parameter help)</extracomment>
        <translation>플레이하며 배울 에피소드 수(에피소드는 출발부터 목표, 구덩이, 넘어짐, 또는 스텝 한도까지입니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exploration at the start: the chance of a random action instead of the best known one.</source>
        <extracomment>Environment.epsilon_start (parameter help)</extracomment>
        <translation>처음의 탐험 정도: 가장 좋다고 아는 행동 대신 무작위 행동을 고를 가능성.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exploration at the end of the schedule (keep a little to go on discovering).</source>
        <extracomment>Environment.epsilon_end (parameter help)</extracomment>
        <translation>일정이 끝났을 때의 탐험 정도(계속 새로 발견하도록 조금은 남겨 두세요).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment steps over which epsilon falls from its start to its end value.</source>
        <extracomment>Environment.epsilon_steps (parameter help)</extracomment>
        <translation>엡실론이 시작 값에서 끝 값까지 줄어드는 동안의 환경 스텝 수.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How epsilon falls: linear, or exponential (fast at first, to 1% of the gap by the end).</source>
        <extracomment>Environment.epsilon_decay (parameter help)</extracomment>
        <translation>엡실론이 줄어드는 방식: linear(일정하게), 또는 exponential(처음엔 빠르게, 끝에는 차이의 1%까지).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay buffer: how many recent steps are kept to learn from (1 with batch 1: learn from each step as it happens, textbook Q-learning).</source>
        <extracomment>Environment.replay_size (parameter help)</extracomment>
        <translation>리플레이 버퍼: 배우려고 보관하는 최근 스텝 수(1과 배치 1: 스텝이 일어나는 대로 바로 배우는 교과서의 Q-learning).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps drawn at random from the replay buffer for one update (at most replay_size).</source>
        <extracomment>Environment.batch_size (parameter help)</extracomment>
        <translation>한 번 갱신할 때 리플레이 버퍼에서 무작위로 뽑는 스텝 수(replay_size 이하).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps stored before learning starts, so the first batches are not all alike.</source>
        <extracomment>Environment.warmup (parameter help)</extracomment>
        <translation>배우기 시작하기 전에 모아 두는 스텝 수. 그래야 첫 배치들이 서로 너무 비슷하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn from one batch every this many environment steps.</source>
        <extracomment>Environment.train_every (parameter help)</extracomment>
        <translation>환경 스텝 이만큼마다 배치 하나로 배웁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every this many episodes, play greedily (no exploration, no learning) and keep the best weights (0: never).</source>
        <extracomment>Environment.eval_every (parameter help)</extracomment>
        <translation>에피소드 이만큼마다 탐욕적으로(탐험도 배우기도 없이)플레이해 보고 가장 좋은 가중치를 남깁니다(0: 하지 않음).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greedy episodes per evaluation; their mean return is the score.</source>
        <extracomment>Environment.eval_episodes (parameter help)</extracomment>
        <translation>평가마다 치르는 탐욕 에피소드 수. 그 누적 보상의 평균이 점수입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temporal-difference loss of Q-learning: moves Q(s, a) of the action taken toward r + gamma * max Q_target(s&apos;, .), the reward plus the discounted value of the best next action (the reward alone where the episode ended). Other actions get no gradient.</source>
        <extracomment>TDLoss (node help)</extracomment>
        <translation>Q-learning의 시간차(TD) 손실: 고른 행동의 Q(s, a)를 r + gamma * max Q_target(s&apos;, .), 곧 보상에 가장 좋은 다음 행동의 할인된 가치를 더한 값(에피소드가 끝난 곳에서는 보상만) 쪽으로 옮깁니다. 다른 행동은 기울기를 받지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount factor gamma: what a reward one step later is worth (0: only the next reward counts; near 1: far-off rewards count almost fully).</source>
        <extracomment>TDLoss.gamma (parameter help)</extracomment>
        <translation>할인율 gamma: 한 스텝 뒤의 보상이 지금 얼마만큼의 가치인지(0: 바로 다음 보상만 셈; 1에 가까우면: 먼 보상도 거의 그대로 셈).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the TD error d = Q(s, a) - target is scored: mse (d^2 / 2) or huber (like mse for small errors, linear for large ones: steadier for deep Q-networks).</source>
        <extracomment>TDLoss.loss (parameter help)</extracomment>
        <translation>TD 오차 d = Q(s, a) - target을 매기는 방식: mse(d^2 / 2) 또는 huber(작은 오차에는 mse처럼, 큰 오차에는 선형: 깊은 Q 신경망에서 더 안정적).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>huber only: the error size where the loss turns from squared to linear.</source>
        <extracomment>TDLoss.delta (parameter help)</extracomment>
        <translation>huber 전용: 손실이 제곱에서 선형으로 바뀌는 오차 크기.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh the target network (a frozen copy of the Q-network the targets are computed from) every this many steps. 1: no separate copy, as in textbook Q-learning.</source>
        <extracomment>TDLoss.target_every (parameter help)</extracomment>
        <translation>스텝 이만큼마다 타깃 신경망(목표값을 계산하는, Q 신경망을 얼려 둔 복사본)을 새로 고칩니다. 1: 따로 복사본을 두지 않음(교과서의 Q-learning).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When training stops early, go back to the weights of the epoch with the best validation loss.</source>
        <extracomment>training.restore_best (training setting help)</extracomment>
        <translation>학습이 조기 종료되면, 검증 손실이 가장 좋았던 에포크의 가중치로 되돌아갑니다.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>The value every entry holds.</source>
        <extracomment>Constant.value (parameter help)</extracomment>
        <translation>모든 원소가 가지는 값입니다.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Binary cross-entropy for yes/no targets; takes probabilities, as after Sigmoid (fused with it for stability). Not fused (e.g. an Identity in between), each log of a probability is clamped at -100, as in PyTorch, and the gradient is the derivative of that loss (0 where clamped).</source>
        <extracomment>BCE (node help)</extracomment>
        <translation>예/아니요 목표값을 위한 이진 교차 엔트로피. Sigmoid 뒤에서처럼 확률을 받습니다(안정성을 위해 Sigmoid와 묶어 계산합니다). 묶이지 않으면(예: 사이에 Identity가 있을 때) PyTorch처럼 확률의 로그를 -100에서 자르고, 기울기는 그 손실을 미분한 값입니다(잘린 곳에서는 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-entropy for one class out of K; takes probabilities, as after Softmax (fused with it for stability). Not fused (e.g. an Identity in between), each log of a probability is clamped at -100, as in PyTorch, and the gradient is the derivative of that loss (0 where clamped).</source>
        <extracomment>CrossEntropy (node help)</extracomment>
        <translation>K개 가운데 한 클래스를 고르는 문제의 교차 엔트로피. Softmax 뒤에서처럼 확률을 받습니다(안정성을 위해 Softmax와 묶어 계산합니다). 묶이지 않으면(예: 사이에 Identity가 있을 때) PyTorch처럼 확률의 로그를 -100에서 자르고, 기울기는 그 손실을 미분한 값입니다(잘린 곳에서는 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimizes the loss wired into it: after every batch, backpropagation gives the gradient of that loss with respect to every weight in the network, and this optimizer moves every weight a small step downhill: w -= lr * gradient. Plain gradient descent. With momentum above 0 it keeps a velocity as the Momentum node does (torch.optim.SGD&apos;s and Keras&apos;s SGD momentum).</source>
        <extracomment>SGD (node help)</extracomment>
        <translation>연결된 손실을 최소화합니다. 배치가 끝날 때마다 역전파가 신경망의 모든 가중치에 대한 그 손실의 기울기를 구하고, 이 옵티마이저는 모든 가중치를 내리막 쪽으로 조금씩 옮깁니다: w -= lr * gradient. 가장 기본적인 경사하강법입니다. momentum이 0보다 크면 Momentum 노드처럼 속도를 유지합니다(torch.optim.SGD와 Keras SGD의 모멘텀).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 for plain SGD; above 0, how much of the previous velocity is kept each step, as in the Momentum node (v = momentum * v + gradient, w -= lr * v).</source>
        <extracomment>SGD.momentum (parameter help)</extracomment>
        <translation>0이면 보통의 SGD입니다. 0보다 크면 Momentum 노드처럼 걸음마다 이전 속도, 곧 기울기를 누적한 모멘텀을 얼마나 남길지입니다(v = momentum * v + gradient, w -= lr * v).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With momentum above 0: Nesterov momentum (look ahead along the velocity before stepping).</source>
        <extracomment>SGD.nesterov (parameter help)</extracomment>
        <translation>momentum이 0보다 클 때: 네스테로프 모멘텀(걸음을 옮기기 전에 속도 방향으로 먼저 내다봅니다).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Minimizes the loss wired into it: after every batch, backpropagation gives the gradient of that loss with respect to every weight in the network, and this optimizer keeps a velocity, a running sum of past gradients (v = momentum * v + gradient), and moves along it: w -= lr * v. It rolls through flat stretches and damps zig-zags. This is PyTorch&apos;s form; the course notes write v = momentum * v - lr * gradient, w += v. The two take the same steps while lr is constant; under a schedule PyTorch&apos;s form applies a new lr to the whole velocity at once, the notes&apos; form only to the gradients that follow.</source>
        <extracomment>Momentum (node help)</extracomment>
        <translation>연결된 손실을 최소화합니다. 배치가 끝날 때마다 역전파가 신경망의 모든 가중치에 대한 그 손실의 기울기를 구하고, 이 옵티마이저는 지난 기울기를 누적한 속도, 곧 모멘텀(v = momentum * v + gradient)을 유지하며 그 방향으로 움직입니다: w -= lr * v. 평평한 구간은 굴러서 지나가고 지그재그는 누그러뜨립니다. 이것은 PyTorch의 형태이고, 강의 노트는 v = momentum * v - lr * gradient, w += v로 씁니다. lr이 일정한 동안에는 두 형태가 같은 걸음을 걷지만, 스케줄이 있으면 PyTorch의 형태는 새 lr을 속도 전체에 한꺼번에 적용하고 노트의 형태는 그 뒤에 오는 기울기에만 적용합니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shape of one sample, without the batch axis (1 for a yes/no score).</source>
        <extracomment>Constant.shape (parameter help)</extracomment>
        <translation>배치 축을 뺀 샘플 하나의 모양입니다(예/아니오 점수면 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes its input through unchanged but lets no gradient flow back: an optimizer whose loss lies after it does not train the weights before it (a GAN&apos;s discriminator step must not move the generator).</source>
        <extracomment>Detach (node help)</extracomment>
        <translation>입력을 그대로 내보내지만 기울기는 거꾸로 흘려보내지 않습니다. 손실이 이 노드 뒤에 있는 옵티마이저는 이 노드 앞의 가중치를 학습하지 않습니다(GAN의 판별자 단계가 생성자를 움직이면 안 되니까요).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Passes over the training data.</source>
        <extracomment>training.epochs (training setting help)</extracomment>
        <translation>학습 데이터를 몇 번 반복할지 정합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixes initialisation, shuffling and dropout.</source>
        <extracomment>training.seed (training setting help)</extracomment>
        <translation>초기화, 섞기, 드롭아웃을 고정합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floating-point precision.</source>
        <extracomment>training.dtype (training setting help)</extracomment>
        <translation>부동소수점 정밀도입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Epochs without a better validation loss before stopping (0: never).</source>
        <extracomment>training.patience (training setting help)</extracomment>
        <translation>검증 손실이 나아지지 않아도 기다릴 에포크 수입니다. 지나면 멈춥니다 (0: 멈추지 않음).</translation>
    </message>
</context>
<context>
    <name>NodeCategory</name>
    <message>
        <location line="-464"/>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer</source>
        <extracomment>palette category</extracomment>
        <translation>층</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <extracomment>palette category</extracomment>
        <translation>병합</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation</source>
        <extracomment>palette category</extracomment>
        <translation>활성화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <extracomment>palette category</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optimizer</source>
        <extracomment>palette category</extracomment>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../icons.py" line="+22"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizers</source>
        <translation>옵티마이저</translation>
    </message>
</context>
<context>
    <name>NodeCommands</name>
    <message>
        <location filename="../canvas/node_commands.py" line="+32"/>
        <source>nothing to change</source>
        <translation>바꿀 것이 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bypass {node}</source>
        <translation>{node} 우회</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bypass {n} nodes</source>
        <translation>노드 {n}개 우회</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop bypassing {node}</source>
        <translation>{node} 우회 해제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop bypassing {n} nodes</source>
        <translation>노드 {n}개 우회 해제</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{node}: this block holds no layer that can share its weights (such as Dense), so a linked duplicate would be a plain copy</source>
        <translation>{node}: 이 블록에는 가중치를 공유할 수 있는 층(Dense 등)이 없어 연결된 복제는 단순한 복사가 됩니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{node}: a {type} cannot share its weights with a linked duplicate (only layers with a &apos;share&apos; parameter, such as Dense, can)</source>
        <translation>{node}: {type}은(는) 연결된 복제와 가중치를 공유할 수 없습니다 (Dense처럼 &apos;share&apos; 매개변수가 있는 층만 가능합니다)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a layer to duplicate with linked weights</source>
        <translation>가중치를 공유해 복제할 층을 선택하세요</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Linked duplicate of {node}</source>
        <translation>{node}의 연결된 복제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked duplicates of {n} nodes</source>
        <translation>노드 {n}개의 연결된 복제</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select the nodes to put in a block</source>
        <translation>블록에 넣을 노드를 선택하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{node}: a block cannot hold it (blocks inside blocks and missing node types are not supported)</source>
        <translation>{node}: 블록에 넣을 수 없습니다 (블록 안의 블록과 없는 노드 종류는 지원하지 않습니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{node}: a block holds layers, merges and activations, not a {category} node</source>
        <translation>{node}: 블록에는 층, 병합, 활성화 노드만 넣을 수 있고 {category} 노드는 넣을 수 없습니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make a block of {n} nodes</source>
        <translation>노드 {n}개로 블록 만들기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Block</source>
        <translation>블록</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{node} is not a block</source>
        <translation>{node}은(는) 블록이 아닙니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ungroup {node}</source>
        <translation>{node} 블록 풀기</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Place {title}</source>
        <translation>{title} 놓기</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../canvas/node_item.py" line="+56"/>
        <source>Fix: insert {type}</source>
        <translation>고치기: {type} 끼워 넣기</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>{type}: not installed</source>
        <translation>{type}: 설치되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{node}: this nodeflow has no node type {type} (a plugin that is not installed, or a node of a newer version). Its parameters and wires are kept and saved unchanged; it cannot train until {type} is installed.</source>
        <translation>{node}: 이 nodeflow에는 노드 종류 {type}이(가) 없습니다 (설치되지 않은 플러그인이거나 더 새로운 버전의 노드). 매개변수와 연결은 보존되어 바뀌지 않고 저장됩니다; {type}을(를) 설치하기 전에는 학습할 수 없습니다.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+15"/>
        <source>{summary} · linked to {node}</source>
        <translation>{summary} · {node}와(과) 연결됨</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>a block of {nodes}</source>
        <translation>{nodes}(으)로 된 블록</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the block&apos;s inputs: what the wires into its card bring; wire them to the nodes inside</source>
        <translation>블록의 입력: 블록 카드로 들어오는 연결선이 가져오는 값입니다. 안쪽 노드에 연결하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the block&apos;s outputs: what its card gives to the wires out of it</source>
        <translation>블록의 출력: 블록 카드가 바깥으로 나가는 연결선에 주는 값입니다</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>from outside the block</source>
        <translation>블록 바깥에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to outside the block</source>
        <translation>블록 바깥으로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} · {n} nodes</source>
        <translation>{title} · 노드 {n}개</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} params</source>
        <translation>매개변수 {n}개</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Block inputs</source>
        <translation>블록 입력</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block outputs</source>
        <translation>블록 출력</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bypassed: it passes its input through unchanged (M takes the bypass off)</source>
        <translation>우회됨: 입력을 바꾸지 않고 그대로 통과시킵니다 (M으로 해제)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>bypassed</source>
        <translation>우회됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block</source>
        <translation>블록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>NodeParam</name>
    <message>
        <location filename="../../../build/i18n/node_catalogue.py" line="+4"/>
        <source>source</source>
        <extracomment>Dataset.source (parameter name)</extracomment>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path</source>
        <extracomment>Dataset.path (parameter name)</extracomment>
        <translation>파일 경로</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image size</source>
        <extracomment>Dataset.image_size (parameter name)</extracomment>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>color</source>
        <extracomment>Dataset.color (parameter name)</extracomment>
        <translation>색상</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max images</source>
        <extracomment>Dataset.max_images (parameter name)</extracomment>
        <translation>최대 이미지 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>points</source>
        <extracomment>Dataset.points (parameter name)</extracomment>
        <translation>점</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>target</source>
        <extracomment>Dataset.target (parameter name)</extracomment>
        <translation>목표 열</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skip bad rows</source>
        <extracomment>Dataset.skip_bad_rows (parameter name)</extracomment>
        <translation>잘못된 행 건너뛰기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>categorical</source>
        <extracomment>Dataset.categorical (parameter name)</extracomment>
        <translation>범주형 열</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fill missing</source>
        <extracomment>Dataset.fill_missing (parameter name)</extracomment>
        <translation>빈 값 채우기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task</source>
        <extracomment>Dataset.task (parameter name)</extracomment>
        <translation>과제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n samples</source>
        <extracomment>Dataset.n_samples (parameter name)</extracomment>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>noise</source>
        <extracomment>Dataset.noise (parameter name)</extracomment>
        <translation>잡음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dims</source>
        <extracomment>Dataset.dims (parameter name)</extracomment>
        <translation>차원</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean</source>
        <extracomment>Dataset.mean (parameter name)</extracomment>
        <translation>평균</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>std</source>
        <extracomment>Dataset.std (parameter name)</extracomment>
        <translation>표준편차</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>components</source>
        <extracomment>Dataset.components (parameter name)</extracomment>
        <translation>모드 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spread</source>
        <extracomment>Dataset.spread (parameter name)</extracomment>
        <translation>간격</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>radius</source>
        <extracomment>Dataset.radius (parameter name)</extracomment>
        <translation>반지름</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>features</source>
        <extracomment>Dataset.features (parameter name)</extracomment>
        <translation>특성 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>slope</source>
        <extracomment>Dataset.slope (parameter name)</extracomment>
        <translation>기울기(slope)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>intercept</source>
        <extracomment>Dataset.intercept (parameter name)</extracomment>
        <translation>절편</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seq len</source>
        <extracomment>Dataset.seq_len (parameter name)</extracomment>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as images</source>
        <extracomment>Dataset.as_images (parameter name)</extracomment>
        <translation>이미지로</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch size</source>
        <extracomment>Dataset.batch_size (parameter name)</extracomment>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shuffle</source>
        <extracomment>Dataset.shuffle (parameter name)</extracomment>
        <translation>섞기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>validation split</source>
        <extracomment>Dataset.validation_split (parameter name)</extracomment>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>test split</source>
        <extracomment>Dataset.test_split (parameter name)</extracomment>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>standardize</source>
        <extracomment>Dataset.standardize (parameter name)</extracomment>
        <translation>표준화</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>standardize target</source>
        <extracomment>Dataset.standardize_target (parameter name)</extracomment>
        <translation>목표값 표준화</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>units</source>
        <extracomment>Dense.units (parameter name)</extracomment>
        <translation>유닛 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use bias</source>
        <extracomment>Dense.use_bias (parameter name)</extracomment>
        <translation>편향 사용</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>init</source>
        <extracomment>Dense.init (parameter name)</extracomment>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share</source>
        <extracomment>Dense.share (parameter name)</extracomment>
        <translation>공유</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shape</source>
        <extracomment>Reshape.shape (parameter name)</extracomment>
        <translation>모양</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rate</source>
        <extracomment>Dropout.rate (parameter name)</extracomment>
        <translation>비율</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>momentum</source>
        <extracomment>BatchNorm.momentum (parameter name)</extracomment>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eps</source>
        <extracomment>BatchNorm.eps (parameter name)</extracomment>
        <translation>엡실론(eps)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>filters</source>
        <extracomment>Conv2D.filters (parameter name)</extracomment>
        <translation>필터 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kernel size</source>
        <extracomment>Conv2D.kernel_size (parameter name)</extracomment>
        <translation>커널 크기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stride</source>
        <extracomment>Conv2D.stride (parameter name)</extracomment>
        <translation>스트라이드</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>padding</source>
        <extracomment>Conv2D.padding (parameter name)</extracomment>
        <translation>패딩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pool size</source>
        <extracomment>MaxPool2D.pool_size (parameter name)</extracomment>
        <translation>풀링 크기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>return sequences</source>
        <extracomment>RNN.return_sequences (parameter name)</extracomment>
        <translation>시퀀스 전체 반환</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>axis</source>
        <extracomment>Concat.axis (parameter name)</extracomment>
        <translation>축</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alpha</source>
        <extracomment>LeakyReLU.alpha (parameter name)</extracomment>
        <translation>알파</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>delta</source>
        <extracomment>Huber.delta (parameter name)</extracomment>
        <translation>델타</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lr</source>
        <extracomment>SGD.lr (parameter name)</extracomment>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>weight decay</source>
        <extracomment>SGD.weight_decay (parameter name)</extracomment>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schedule</source>
        <extracomment>SGD.schedule (parameter name)</extracomment>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>decay rate</source>
        <extracomment>SGD.decay_rate (parameter name)</extracomment>
        <translation>감소율</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>decay epochs</source>
        <extracomment>SGD.decay_epochs (parameter name)</extracomment>
        <translation>감소 간격(에포크)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps</source>
        <extracomment>SGD.steps (parameter name)</extracomment>
        <translation>단계 수</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>nesterov</source>
        <extracomment>SGD.nesterov (parameter name)</extracomment>
        <translation>네스테로프</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>rho</source>
        <extracomment>RMSProp.rho (parameter name)</extracomment>
        <translation>로(rho)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>beta1</source>
        <extracomment>Adam.beta1 (parameter name)</extracomment>
        <translation>베타1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beta2</source>
        <extracomment>Adam.beta2 (parameter name)</extracomment>
        <translation>베타2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>distribution</source>
        <extracomment>Noise.distribution (parameter name)</extracomment>
        <translation>분포</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scale</source>
        <extracomment>Noise.scale (parameter name)</extracomment>
        <translation>배율</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <extracomment>Constant.value (parameter name)</extracomment>
        <translation>값</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>layout</source>
        <extracomment>Environment.layout (parameter name)</extracomment>
        <translation>지도</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>size</source>
        <extracomment>Environment.size (parameter name)</extracomment>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step penalty</source>
        <extracomment>Environment.step_penalty (parameter name)</extracomment>
        <translation>스텝 벌점</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goal reward</source>
        <extracomment>Environment.goal_reward (parameter name)</extracomment>
        <translation>목표 보상</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pit reward</source>
        <extracomment>Environment.pit_reward (parameter name)</extracomment>
        <translation>구덩이 보상</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>slip</source>
        <extracomment>Environment.slip (parameter name)</extracomment>
        <translation>미끄러짐</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>slippery</source>
        <extracomment>Environment.slippery (parameter name)</extracomment>
        <translation>미끄러운 얼음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>map name</source>
        <extracomment>Environment.map_name (parameter name)</extracomment>
        <translation>지도 이름</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max steps</source>
        <extracomment>Environment.max_steps (parameter name)</extracomment>
        <translation>최대 스텝 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encoding</source>
        <extracomment>Environment.encoding (parameter name)</extracomment>
        <translation>상태 인코딩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>episodes</source>
        <extracomment>Environment.episodes (parameter name)</extracomment>
        <translation>에피소드 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epsilon start</source>
        <extracomment>Environment.epsilon_start (parameter name)</extracomment>
        <translation>엡실론 시작값</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epsilon end</source>
        <extracomment>Environment.epsilon_end (parameter name)</extracomment>
        <translation>엡실론 끝값</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epsilon steps</source>
        <extracomment>Environment.epsilon_steps (parameter name)</extracomment>
        <translation>엡실론 감소 스텝 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epsilon decay</source>
        <extracomment>Environment.epsilon_decay (parameter name)</extracomment>
        <translation>엡실론 감소 방식</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replay size</source>
        <extracomment>Environment.replay_size (parameter name)</extracomment>
        <translation>리플레이 버퍼 크기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warmup</source>
        <extracomment>Environment.warmup (parameter name)</extracomment>
        <translation>준비 스텝 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>train every</source>
        <extracomment>Environment.train_every (parameter name)</extracomment>
        <translation>학습 간격(스텝)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eval every</source>
        <extracomment>Environment.eval_every (parameter name)</extracomment>
        <translation>평가 간격(에피소드)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eval episodes</source>
        <extracomment>Environment.eval_episodes (parameter name)</extracomment>
        <translation>평가 에피소드 수</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gamma</source>
        <extracomment>TDLoss.gamma (parameter name)</extracomment>
        <translation>감마(할인율)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loss</source>
        <extracomment>TDLoss.loss (parameter name)</extracomment>
        <translation>손실 종류</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target every</source>
        <extracomment>TDLoss.target_every (parameter name)</extracomment>
        <translation>타깃 갱신 간격(스텝)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epochs</source>
        <extracomment>training.epochs (training setting)</extracomment>
        <translation>에포크 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seed</source>
        <extracomment>training.seed (training setting)</extracomment>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dtype</source>
        <extracomment>training.dtype (training setting)</extracomment>
        <translation>자료형</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>patience</source>
        <extracomment>training.patience (training setting)</extracomment>
        <translation>인내(patience)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restore best</source>
        <extracomment>training.restore_best (training setting)</extracomment>
        <translation>최적 가중치 복원</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../palette.py" line="+92"/>
        <source>Search nodes…</source>
        <translation>노드 검색…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Blocks</source>
        <translation>블록</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocks built once and placed many times: each placement owns a copy (Alt+D on one makes a linked placement that shares its weights)</source>
        <translation>한 번 만들어 여러 번 놓는 블록: 놓을 때마다 자기 사본을 가집니다 (하나에 Alt+D를 누르면 가중치를 공유하는 연결된 배치가 됩니다)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Add {type} to the Canvas</source>
        <translation>{type}을(를) 캔버스에 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed near the canvas&apos;s centre, where it covers no other card (as a double-click)</source>
        <translation>캔버스 가운데 근처, 다른 카드를 가리지 않는 곳에 놓습니다 (두 번 클릭과 같음)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search Nodes…</source>
        <translation>노드 검색…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand All</source>
        <translation>모두 펼치기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse All</source>
        <translation>모두 접기</translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <location filename="../param_editors.py" line="-124"/>
        <source>one of {choices}</source>
        <translation>{choices} 중 하나</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer or one of {choices}</source>
        <translation>정수 또는 {choices} 중 하나</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between {low} and {high}</source>
        <translation>{low}에서 {high} 사이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt;= {low}</source>
        <translation>{low} 이상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;= {high}</source>
        <translation>{high} 이하</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parameter &apos;{param}&apos; must be an integer, got {value}</source>
        <translation>매개변수 &apos;{param}&apos;에는 정수만 쓸 수 있습니다 (입력: {value})</translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <location line="+132"/>
        <source>Choose {param}</source>
        <translation>{param} 고르기</translation>
    </message>
</context>
<context>
    <name>PlaneView</name>
    <message>
        <location filename="../gan/sample_views.py" line="-133"/>
        <source>Samples over D(x)</source>
        <translation>D(x) 위의 표본</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>real</source>
        <translation>실제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&apos;s next step</source>
        <translation>G의 다음 걸음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D(x): {real} real {half} cannot tell {fake} generated</source>
        <translation>D(x): {real} 실제 {half} 구별 못 함 {fake} 생성</translation>
    </message>
</context>
<context>
    <name>PointsEditor</name>
    <message>
        <location filename="../data_draw.py" line="+194"/>
        <source>Point</source>
        <translation>점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class {name}: click in the area to add points of this class; drag to paint.</source>
        <translation>클래스 {name}: 영역을 클릭하면 이 클래스의 점이 찍히고, 끌면 여러 점이 칠해집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag over points to remove them (the right mouse button erases too).</source>
        <translation>점 위로 끌어서 지웁니다(오른쪽 마우스 버튼으로도 지워집니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every point.</source>
        <translation>점을 모두 지웁니다.</translation>
    </message>
</context>
<context>
    <name>PortItem</name>
    <message>
        <location filename="../canvas/port_item.py" line="+28"/>
        <source>output &apos;{port}&apos;</source>
        <translation>출력 &apos;{port}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input &apos;{port}&apos;</source>
        <translation>입력 &apos;{port}&apos;</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../presentation.py" line="+66"/>
        <source>&amp;Presentation Mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text and cards for a projector; palette and inspector hidden until needed (F11)</source>
        <translation>프로젝터에 맞게 글자와 카드를 크게 하고, 팔레트와 인스펙터는 필요할 때만 보여 줍니다(F11)</translation>
    </message>
</context>
<context>
    <name>QuickSearch</name>
    <message>
        <location filename="../canvas/quick_search.py" line="+32"/>
        <source>Add node…</source>
        <translation>노드 추가…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No node type can take this wire</source>
        <translation>이 연결선을 받을 수 있는 노드 종류가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No node type that can take this wire matches “{text}”</source>
        <translation>이 연결선을 받을 수 있는 노드 종류 중 “{text}”와 맞는 것이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No node type matches “{text}”</source>
        <translation>“{text}”와 맞는 노드 종류가 없습니다</translation>
    </message>
</context>
<context>
    <name>RLPanel</name>
    <message>
        <location filename="../rl/rl_panel.py" line="+165"/>
        <source>Return per episode</source>
        <translation>에피소드별 누적 보상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>누적 보상</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each episode</source>
        <translation>에피소드마다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>smoothed</source>
        <translation>평활</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greedy</source>
        <translation>탐욕</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replay last episode</source>
        <translation>마지막 에피소드 다시 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the latest episode again, one step at a time</source>
        <translation>가장 최근 에피소드를 한 스텝씩 다시 보여 줍니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faint: the return of each episode; dark: smoothed; red dots: the mean return of the greedy policy at each evaluation</source>
        <translation>흐린 선: 에피소드마다의 누적 보상; 진한 선: 평활; 빨간 점: 평가 때마다 잰 탐욕 정책의 평균 누적 보상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps per episode</source>
        <translation>에피소드별 스텝 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exploration ε</source>
        <translation>탐험 ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epsilon: the chance of a random action instead of the best known one</source>
        <translation>엡실론: 가장 좋다고 아는 행동 대신 무작위 행동을 고를 가능성</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>No episodes yet: press Train to let the agent learn.</source>
        <translation>아직 에피소드가 없습니다: 학습(F5)을 눌러 에이전트가 배우게 하세요.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stopped: {message}</source>
        <translation>멈춤: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finished {n} episodes</source>
        <translation>에피소드 {n}개 완료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped after {n} episodes</source>
        <translation>에피소드 {n}개 뒤 멈춤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greedy return {value}</source>
        <translation>탐욕 누적 보상 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>greedy path {n} steps (orange)</source>
        <translation>탐욕 경로 {n} 스텝(주황색)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights of the best evaluation (episode {n})</source>
        <translation>가장 좋은 평가의 가중치(에피소드 {n})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>episode {k}: {n} steps</source>
        <translation>에피소드 {k}: {n} 스텝</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{env} · episode {k} · return {ret} · steps {n} · ε {eps} · TD loss {loss}</source>
        <translation>{env} · 에피소드 {k} · 누적 보상 {ret} · 스텝 {n} · ε {eps} · TD 손실 {loss}</translation>
    </message>
</context>
<context>
    <name>RLTab</name>
    <message>
        <location filename="../rl/rl_tab.py" line="+27"/>
        <source>RL</source>
        <translation>강화 학습</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent: returns, exploration, its Q-values and greedy policy</source>
        <translation>에이전트: 누적 보상, 탐험, Q 값과 탐욕 정책</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../experiments/table_view.py" line="+59"/>
        <location line="+25"/>
        <source>Variant</source>
        <translation>변형</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Val loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best val loss</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train acc.</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val acc.</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped early</source>
        <translation>조기 종료됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../training/results.py" line="+105"/>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy per class</source>
        <translation>클래스별 정확도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model and data</source>
        <translation>모델과 데이터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predictions vs targets</source>
        <translation>예측 대 목표값</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>목표 열</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <source>Results appear when training runs.</source>
        <translation>학습을 실행하면 결과가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Accuracy on the {split} split ({n} samples): {value}. Per class: {classes}</source>
        <translation>{split} 데이터의 정확도 (샘플 {n}개): {value}. 클래스별: {classes}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Root mean squared error on the {split} split ({n} samples): {value}</source>
        <translation>{split} 데이터의 평균 제곱 오차의 제곱근(RMSE) (샘플 {n}개): {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · in the targets&apos; own units (training used standardized targets, so the loss curves are in standard deviations)</source>
        <translation> · 목표값의 원래 단위 (학습은 표준화한 목표값으로 했으므로 손실 곡선은 표준편차 단위입니다)</translation>
    </message>
</context>
<context>
    <name>RunBook</name>
    <message>
        <location filename="../training/run_book.py" line="+75"/>
        <source>Earlier runs not loaded: {reason} (the file is kept as {file})</source>
        <translation>이전 실행 기록을 불러오지 못했습니다: {reason} (파일은 {file}(으)로 보관했습니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {n} unreadable runs left out ({reason})</source>
        <translation>{file}: 읽을 수 없는 실행 {n}개를 뺐습니다 ({reason})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trained weights not loaded: {reason}</source>
        <translation>학습된 가중치를 불러오지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{run}&apos;s trained weights loaded from {file}: Continue trains on from them, Train starts afresh</source>
        <translation>{file}에서 {run}의 학습된 가중치를 불러왔습니다: 이어서 학습은 여기서 계속하고, 학습은 처음부터 시작합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trained weights loaded from {file}: Continue trains on from them, Train starts afresh</source>
        <translation>{file}에서 학습된 가중치를 불러왔습니다: 이어서 학습은 여기서 계속하고, 학습은 처음부터 시작합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Graph saved, but not its weights: {reason}</source>
        <translation>그래프는 저장했지만 가중치는 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} with {files}</source>
        <translation>{file}을(를) {files}와(과) 함께 저장했습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runs not saved: cannot write {file}: {reason}</source>
        <translation>실행 기록을 저장하지 못했습니다: {file}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to continue from yet: press Train first (Continue trains on from the last run&apos;s weights)</source>
        <translation>아직 이어서 학습할 것이 없습니다: 먼저 학습을 누르세요 (이어서 학습은 마지막 실행의 가중치에서 계속합니다)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the saved weights</source>
        <translation>저장된 가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The graph changed since {run}: its weights no longer fit. Press Train to start from fresh weights</source>
        <translation>{run} 이후 그래프가 바뀌어 가중치가 더는 맞지 않습니다. 학습을 눌러 새 가중치로 시작하세요</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the run was interrupted</source>
        <translation>실행이 중단되었습니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weights reset: Continue is off until the next run; Train starts from fresh weights</source>
        <translation>가중치를 초기화했습니다: 다음 실행 전까지 이어서 학습은 꺼지고, 학습은 새 가중치로 시작합니다</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <location filename="../training/runs_view.py" line="+46"/>
        <source>Run {n}</source>
        <translation>실행 {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>continues {run}</source>
        <translation>{run}에서 이어짐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a deleted run</source>
        <translation>삭제된 실행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continues the saved weights</source>
        <translation>저장된 가중치에서 이어짐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fresh weights</source>
        <translation>새 가중치</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>running, epoch {n}</source>
        <translation>실행 중, 에포크 {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: {reason}</source>
        <translation>오류: {reason}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped after 1 epoch</source>
        <translation>1 에포크 후 중지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped after {n} epochs</source>
        <translation>{n} 에포크 후 중지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped early at epoch {n}</source>
        <translation>에포크 {n}에서 조기 종료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 epoch</source>
        <translation>1 에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} epochs</source>
        <translation>{n} 에포크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test accuracy {value}</source>
        <translation>테스트 정확도 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test loss {value}</source>
        <translation>테스트 손실 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (+{n} more)</source>
        <translation> (외 {n}개)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>first run</source>
        <translation>첫 실행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same settings</source>
        <translation>같은 설정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>started {time}</source>
        <translation>시작 {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed from {run}: {changes}</source>
        <translation>{run}에서 바뀐 점: {changes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>바뀐 점</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Delete the selected run from the list (Delete)</source>
        <translation>선택한 실행을 목록에서 지웁니다 (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Rename the selected run (F2 or double-click its name)</source>
        <translation>선택한 실행의 이름을 바꿉니다 (F2 또는 이름 두 번 클릭)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>No runs yet: press Train.</source>
        <translation>아직 실행이 없습니다: 학습을 누르세요.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>1 run · tick to show, double-click a name to rename</source>
        <translation>실행 1개 · 체크하면 보이고, 이름을 두 번 클릭하면 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} runs · tick to show, double-click a name to rename</source>
        <translation>실행 {n}개 · 체크하면 보이고, 이름을 두 번 클릭하면 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Hide curves</source>
        <translation>곡선 숨기기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show curves</source>
        <translation>곡선 보이기</translation>
    </message>
</context>
<context>
    <name>SharedLandscape</name>
    <message>
        <location filename="../experiments/landscape_view.py" line="+72"/>
        <source>While the variants train, and when they end, their paths are drawn here over one loss surface (for variants that train the same function: optimizers, learning rates, batch sizes).</source>
        <translation>변형이 학습하는 동안과 끝났을 때, 그 경로를 여기 하나의 손실 곡면 위에 그립니다 (같은 함수를 학습하는 변형: 옵티마이저, 학습률, 배치 크기).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training loss around the shared start</source>
        <translation>공유 시작점 주변의 학습 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update now</source>
        <translation>지금 갱신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw every variant&apos;s path so far (while they train, this view is redrawn every few seconds)</source>
        <translation>지금까지 각 변형의 경로를 그립니다 (학습하는 동안에는 몇 초마다 다시 그립니다)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The axes are the model&apos;s two weights</source>
        <translation>두 축은 모델의 두 가중치입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plane through the shared start spanned by the two directions the variants moved most ({share} of their movement)</source>
        <translation>공유 시작점을 지나고 변형들이 가장 많이 움직인 두 방향이 펼치는 평면 (움직임의 {share})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{how}; darker is a higher training loss (log scale, from {low} to {high}). ○ the shared start, ★ where each variant ended, × a variant that diverged.</source>
        <translation>{how}; 어두울수록 학습 손실이 큽니다 (로그 눈금, {low}부터 {high}까지). ○ 공유 시작점, ★ 각 변형이 끝난 곳, × 발산한 변형.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: the paths so far (a dot: where a variant is now), redrawn every few seconds.</source>
        <translation>학습 중: 지금까지의 경로 (점: 변형이 지금 있는 곳), 몇 초마다 다시 그립니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../help.py" line="-32"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does</source>
        <translation>하는 일</translation>
    </message>
</context>
<context>
    <name>StepSession</name>
    <message>
        <location filename="../stepping/session.py" line="+72"/>
        <source>Pause training first: stepping goes one batch at a time</source>
        <translation>먼저 학습을 일시 정지하세요. 단계 실행은 배치 하나씩 진행합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>Cannot step: {reason}</source>
        <translation>단계 실행을 할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Epoch {epoch}, batch {batch} of {batches}: loss {loss}</source>
        <translation>에포크 {epoch}, 배치 {batch}/{batches}: 손실 {loss}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No step to take back</source>
        <translation>되돌릴 단계가 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stepped back: the weights are those before the last step</source>
        <translation>한 단계 되돌렸습니다. 가중치는 마지막 단계 이전의 값입니다</translation>
    </message>
</context>
<context>
    <name>SteppingDock</name>
    <message>
        <location filename="../stepping/dock.py" line="+32"/>
        <source>Stepping</source>
        <translation>단계 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tepping</source>
        <translation>단계 실행(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step One &amp;Batch</source>
        <translation>배치 하나 진행(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step Batch</source>
        <translation>배치 진행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one batch, then show its forward, backward and update phases</source>
        <translation>배치 하나를 학습한 뒤 순방향, 역방향, 갱신 단계를 보여 줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;Back</source>
        <translation>한 단계 되돌리기(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewind to the weights and optimizer state before the last step</source>
        <translation>마지막 단계 이전의 가중치와 옵티마이저 상태로 되돌립니다</translation>
    </message>
</context>
<context>
    <name>SteppingPanel</name>
    <message>
        <location filename="../stepping/panel.py" line="+95"/>
        <source>Forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each card shows its output, each wire the values on it</source>
        <translation>각 카드에 출력이, 각 연결선에 그 위의 값이 표시됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each wire shows the gradient flowing back along it</source>
        <translation>각 연결선에 거꾸로 흐르는 기울기가 표시됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each layer shows how much its weights moved</source>
        <translation>각 층에 가중치가 얼마나 움직였는지 표시됩니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>차분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnoses</source>
        <translation>진단</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No step yet: Step (F8) trains one batch and shows it in three phases</source>
        <translation>아직 단계가 없습니다. 단계(F8)는 배치 하나를 학습하고 세 단계로 보여 줍니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · from the paused run&apos;s weights</source>
        <translation> · 일시 정지된 실행의 가중치에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch {epoch}, batch {batch} of {batches} · {n} samples · loss {loss} · learning rate {lr}</source>
        <translation>에포크 {epoch}, 배치 {batch}/{batches} · 샘플 {n}개 · 손실 {loss} · 학습률 {lr}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>check</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../training/dock.py" line="+44"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results ●</source>
        <translation>결과 ●</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>How fast training runs: slow it down to watch the curves and the decision boundary move. The run keeps its results either way.</source>
        <translation>학습 속도입니다: 느리게 하면 곡선과 결정 경계가 움직이는 모습을 볼 수 있습니다. 어느 쪽이든 실행 결과는 같습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Gradient check failed: {reason}</source>
        <translation>기울기 확인 실패: {reason}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{run} {start} from epoch {epoch}</source>
        <translation>{run}: 에포크 {epoch}부터 {start}</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{run} stopped after {n} epochs</source>
        <translation>{run}: {n} 에포크 후 중지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{run} stopped early after {n} epochs</source>
        <translation>{run}: {n} 에포크 후 조기 종료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{run} finished after {n} epochs</source>
        <translation>{run}: {n} 에포크 완료</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{run} stopped after {n} episodes</source>
        <translation>{run}: 에피소드 {n}개 뒤 멈춤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{run} finished after {n} episodes</source>
        <translation>{run}: 에피소드 {n}개 완료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · greedy return {value}</source>
        <translation> · 탐욕 누적 보상 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in {time}</source>
        <translation> ({time} 소요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · test accuracy {value}</source>
        <translation> · 테스트 정확도 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · test RMSE {value} (in the targets&apos; units)</source>
        <translation> · 테스트 RMSE {value} (목표값 단위)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · test loss {value}</source>
        <translation> · 테스트 손실 {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot train: {reason}</source>
        <translation>학습할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspect</source>
        <translation>들여다보기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Landscape</source>
        <translation>손실 곡면</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GAN</source>
        <translation>GAN 게임</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Resume</source>
        <translation>다시 시작(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../training/plots.py" line="+94"/>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+53"/>
        <source>Loss per batch</source>
        <translation>배치별 손실</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>D right on real</source>
        <translation>D가 진짜를 맞힘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D right on generated</source>
        <translation>D가 생성 샘플을 맞힘</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save history…</source>
        <translation>기록 저장…</translation>
    </message>
    <message>
        <location line="+112"/>
        <source> (continues {parent} from epoch {epoch})</source>
        <translation> ({parent}에서 에포크 {epoch}부터 이어짐)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · 1 other run faint (click it to show it)</source>
        <translation> · 다른 실행 1개는 흐리게 (클릭하면 보여 줍니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · {n} other runs faint (click one to show it)</source>
        <translation> · 다른 실행 {n}개는 흐리게 (하나를 클릭하면 보여 줍니다)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the saved weights</source>
        <translation>저장된 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an earlier run</source>
        <translation>이전 실행</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>continued</source>
        <translation>이어짐</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Loss per batch ({loss})</source>
        <translation>배치별 손실 ({loss})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>D&apos;s accuracy</source>
        <translation>D의 정확도</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>TrainingProgress</name>
    <message>
        <location filename="../training/progress.py" line="+26"/>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Epoch 1/{epochs} · starting…</source>
        <translation>에포크 1/{epochs} · 시작하는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading {what}: {done} of {total} · Stop cancels</source>
        <translation>{what} 불러오는 중: {total}개 중 {done}개 · 중지하면 취소됩니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · paused</source>
        <translation> · 일시 정지됨</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Episode {episode}/{episodes} · {rate} steps/s · {left} left</source>
        <translation>에피소드 {episode}/{episodes} · 초당 {rate} 스텝 · {left} 남음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches} · {rate} samples/s · {left} left</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches} · 초당 샘플 {rate}개 · {left} 남음</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <location filename="../training/training_panel.py" line="+19"/>
        <source>Epochs</source>
        <translation>에포크 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passes over the training data</source>
        <translation>학습 데이터를 몇 번 반복할지 정합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixes initial weights, shuffling and dropout: same seed, same curve</source>
        <translation>초기 가중치, 섞기, 드롭아웃을 고정합니다: 같은 시드면 같은 곡선</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patience</source>
        <translation>인내(patience)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop after this many epochs without a better validation loss (0: never stop early)</source>
        <translation>검증 손실이 이만큼의 에포크 동안 나아지지 않으면 멈춥니다 (0: 조기 종료 안 함)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
</context>
<context>
    <name>TrainingSpeed</name>
    <message>
        <location filename="../training/speed.py" line="+34"/>
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As fast as the machine trains</source>
        <translation>컴퓨터가 학습할 수 있는 만큼 빠르게</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>20 epochs/s</source>
        <translation>초당 20 에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least 0.05 s per epoch</source>
        <translation>에포크마다 최소 0.05초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 epochs/s</source>
        <translation>초당 5 에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least 0.2 s per epoch</source>
        <translation>에포크마다 최소 0.2초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 epoch/s</source>
        <translation>초당 1 에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least one second per epoch</source>
        <translation>에포크마다 최소 1초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 batches/s</source>
        <translation>초당 10 배치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least 0.1 s per batch: watch every weight update</source>
        <translation>배치마다 최소 0.1초: 가중치가 바뀌는 것을 하나하나 봅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 batches/s</source>
        <translation>초당 2 배치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slow motion: at least half a second per batch</source>
        <translation>느린 동작: 배치마다 최소 0.5초</translation>
    </message>
</context>
<context>
    <name>VariantCurves</name>
    <message>
        <location filename="../experiments/overlay.py" line="+69"/>
        <source>Loss per epoch · {title}</source>
        <translation>에포크별 손실 · {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss per epoch</source>
        <translation>에포크별 손실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss per batch (smoothed)</source>
        <translation>배치별 학습 손실 (평활)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>배치</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <location filename="../experiments/dialog.py" line="+47"/>
        <location line="+53"/>
        <source>Run Variants</source>
        <translation>변형 실행</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Custom: any parameter, type or setting</source>
        <translation>직접 지정: 아무 매개변수, 유형 또는 설정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer race (SGD, Momentum, AdaGrad, RMSProp, Adam)</source>
        <translation>옵티마이저 경주 (SGD, Momentum, AdaGrad, RMSProp, Adam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size race (stochastic 1, mini-batch 32, full batch)</source>
        <translation>배치 크기 경주 (확률적 1, 미니배치 32, 전체 배치)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning-rate sweep (×0.01 … ×10, log-spaced)</source>
        <translation>학습률 스윕 (×0.01 … ×10, 로그 간격)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation swap (ReLU, Tanh, Sigmoid, LeakyReLU, ELU)</source>
        <translation>활성화 바꾸기 (ReLU, Tanh, Sigmoid, LeakyReLU, ELU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss race (MSE, MAE, Huber)</source>
        <translation>손실 경주 (MSE, MAE, Huber)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>training settings</source>
        <translation>학습 설정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>values, separated by commas: 0.1, 0.01, 0.001</source>
        <translation>쉼표로 구분한 값: 0.1, 0.01, 0.001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One spec per line, as for nodeflow sweep --vary: adam.lr=0.1,0.01</source>
        <translation>한 줄에 하나씩, nodeflow sweep --vary처럼: adam.lr=0.1,0.01</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every variant starts from the same initial weights and sees the data in the same order, so the only difference is the one you chose. They train in parallel.</source>
        <translation>모든 변형은 같은 초기 가중치에서 시작하고 데이터를 같은 순서로 보므로, 차이는 고른 것 하나뿐입니다. 변형들은 병렬로 학습합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vary</source>
        <translation>바꿀 것</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>type (swap the node)</source>
        <translation>유형 (노드 바꾸기)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a comparison, or add what to vary.</source>
        <translation>비교를 고르거나 바꿀 것을 추가하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot run: {problem}</source>
        <translation>실행할 수 없음: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} variants: {names}</source>
        <translation>변형 {count}개: {names}</translation>
    </message>
</context>
<context>
    <name>WireItem</name>
    <message>
        <location filename="../canvas/wire_item.py" line="+218"/>
        <source>Reroute point: drag to move it, Delete to remove it</source>
        <translation>경유점: 드래그해 옮기고, Delete로 지웁니다</translation>
    </message>
</context>
<context>
    <name>WireTool</name>
    <message>
        <location filename="../canvas/wiring.py" line="+181"/>
        <source>Removed the wire {wire}</source>
        <translation>연결선 {wire}을(를) 지웠습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot wire an output to an output</source>
        <translation>출력과 출력은 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot wire an input to an input</source>
        <translation>입력과 입력은 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Wire {port} to…</source>
        <translation>{port}을(를) 연결할 곳…</translation>
    </message>
</context>
</TS>
