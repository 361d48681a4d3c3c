<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DensityView</name>
    <message>
        <location filename="../gan/sample_views.py" line="+176"/>
        <source>Densities and D(x)</source>
        <translation>밀도와 D(x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>density</source>
        <translation>밀도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real</source>
        <translation>실제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D(x): P(real)</source>
        <translation>D(x): P(실제)</translation>
    </message>
</context>
<context>
    <name>DigitsView</name>
    <message>
        <location line="+47"/>
        <source>Generated images</source>
        <translation>생성된 이미지</translation>
    </message>
</context>
<context>
    <name>GanCurves</name>
    <message>
        <location filename="../gan/curves.py" line="+74"/>
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
        <location line="+3"/>
        <source>D(real)</source>
        <translation>D(실제)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D(generated)</source>
        <translation>D(생성)</translation>
    </message>
</context>
<context>
    <name>GanPanel</name>
    <message>
        <location filename="../gan/panel.py" line="+133"/>
        <source>Train to watch the game: the generator G turns noise into samples, the discriminator D tells real from generated, and each learns against the other.</source>
        <translation>학습을 시작해 게임을 지켜보세요. 생성자 G는 잡음을 표본으로 바꾸고, 판별자 D는 실제와 생성된 표본을 가려내며, 둘은 서로에 맞서 배웁니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Epoch {n}</source>
        <translation>에포크 {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generated mean {m}, std {s} (real {rm}, {rs})</source>
        <translation>생성 평균 {m}, 표준편차 {s} (실제 {rm}, {rs})</translation>
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
        <location filename="translator.py" line="+131"/>
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
        <location filename="../lessons/session.py" line="+99"/>
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
    <name>NodeCatalogue</name>
    <message>
        <location filename="../../../build/i18n/node_catalogue.py" line="+18"/>
        <source>Where examples come from. Gives inputs on &apos;x&apos; and the answers on &apos;y&apos; (class labels, or numbers to predict). The data are shuffled once and split into a training part the network learns from, a validation part that shows whether it generalises, and a test part scored once at the end.</source>
        <extracomment>Dataset (node help)</extracomment>
        <translation>예제를 가져오는 곳입니다. &apos;x&apos;로 입력을, &apos;y&apos;로 정답(클래스 레이블이나 예측할 수)을 내보냅니다. 데이터는 한 번 섞인 뒤, 신경망이 보고 배우는 학습용, 일반화가 되는지 보여 주는 검증용, 마지막에 한 번 평가하는 테스트용으로 나뉩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which data: generated toy sets (linear, xor, moons, circles, spirals, sine), small classic sets bundled with scikit-learn (digits: 8x8 handwritten digits; iris, wine, breast_cancer: classification; diabetes: regression), or your own csv / npz file.</source>
        <extracomment>Dataset.source (parameter help)</extracomment>
        <translation>어떤 데이터를 쓸지: 만들어 낸 연습용 데이터(linear, xor, moons, circles, spirals, sine), scikit-learn에 들어 있는 작은 고전 데이터(digits: 8x8 손글씨 숫자, iris·wine·breast_cancer: 분류, diabetes: 회귀), 또는 직접 준비한 csv / npz 파일.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File for source csv or npz. A csv needs a header row and numbers only; an npz needs arrays &apos;x&apos; and &apos;y&apos; (numpy.savez(path, x=..., y=...)).</source>
        <extracomment>Dataset.path (parameter help)</extracomment>
        <translation>source가 csv나 npz일 때 읽을 파일. csv는 첫 줄에 열 이름이 있고 나머지는 숫자만 있어야 합니다. npz에는 배열 &apos;x&apos;와 &apos;y&apos;가 있어야 합니다(numpy.savez(path, x=..., y=...)).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv only: the column to predict. Empty means the last column; all other columns are inputs.</source>
        <extracomment>Dataset.target (parameter help)</extracomment>
        <translation>csv 전용: 예측할 열. 비워 두면 마지막 열을 쓰고, 나머지 열은 모두 입력이 됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv only: leave out rows that are not all numbers (a word, an empty cell, too few or too many values) and train on the others, instead of stopping at them. The analysis says how many rows were left out and where.</source>
        <extracomment>Dataset.skip_bad_rows (parameter help)</extracomment>
        <translation>csv 전용: 숫자로만 되어 있지 않은 행(단어, 빈 칸, 값이 너무 적거나 많은 행)에서 멈추지 않고 그 행을 빼고 나머지로 학습합니다. 몇 행을 어디서 뺐는지는 분석 결과에 나옵니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv and npz only: classification (predict a class) or regression (predict a number). auto picks classification when the target holds whole numbers with at most 20 different values, regression otherwise.</source>
        <extracomment>Dataset.task (parameter help)</extracomment>
        <translation>csv와 npz 전용: 분류(클래스를 예측)나 회귀(수를 예측). auto는 목표 열이 서로 다른 값이 20개 이하인 정수이면 분류를, 아니면 회귀를 고릅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many examples to generate (generated sets only; the others have a fixed size).</source>
        <extracomment>Dataset.n_samples (parameter help)</extracomment>
        <translation>만들어 낼 예제 수(만들어 내는 데이터 전용. 나머지는 크기가 정해져 있습니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random scatter added to generated points (standard deviation). More noise makes the task harder and the boundary fuzzier.</source>
        <extracomment>Dataset.noise (parameter help)</extracomment>
        <translation>만들어 낸 점에 더하는 무작위 흩어짐(표준편차). 잡음이 클수록 문제가 어려워지고 경계가 흐려집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gaussian and mixture: 1 for numbers on a line (their histogram is the picture), 2 for points in the plane. Toy distributions for a GAN to learn; turn standardize off to keep the units given here.</source>
        <extracomment>Dataset.dims (parameter help)</extracomment>
        <translation>gaussian, mixture: 1이면 직선 위의 수(히스토그램으로 봅니다), 2이면 평면 위의 점입니다. GAN이 배울 연습용 분포입니다. 여기 적은 단위를 그대로 두려면 standardize(표준화)를 끄세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gaussian: the centre of the bell curve (in 2-D, of both coordinates); mixture: the middle of the row of bells.</source>
        <extracomment>Dataset.mean (parameter help)</extracomment>
        <translation>gaussian: 종 모양 곡선의 중심(2-D에서는 두 좌표 모두), mixture: 한 줄로 늘어선 종들의 가운데.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gaussian, mixture, ring: the spread (standard deviation) of each bell. A GAN&apos;s generated samples should end with the same spread.</source>
        <extracomment>Dataset.std (parameter help)</extracomment>
        <translation>gaussian, mixture, ring: 종 하나하나의 퍼짐(표준편차). GAN이 만든 표본도 끝에는 같은 퍼짐이 되어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixture and ring: how many bells (modes). A generator that covers only some of them shows mode collapse.</source>
        <extracomment>Dataset.components (parameter help)</extracomment>
        <translation>mixture, ring: 종(모드)의 개수. 생성자가 그중 일부만 덮으면 모드 붕괴(mode collapse)가 일어난 것입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixture: the distance between the centres of neighbouring bells.</source>
        <extracomment>Dataset.spread (parameter help)</extracomment>
        <translation>mixture: 이웃한 종의 중심 사이 거리.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ring: the radius of the circle the bells sit on (the ring is always 2-D).</source>
        <extracomment>Dataset.radius (parameter help)</extracomment>
        <translation>ring: 종들이 놓인 원의 반지름(ring은 언제나 2-D입니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linear only: how many inputs x1..xF; y = slope * (x1 + ... + xF) + intercept + noise.</source>
        <extracomment>Dataset.features (parameter help)</extracomment>
        <translation>linear 전용: 입력 x1..xF의 개수. y = slope * (x1 + ... + xF) + intercept + noise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linear only: the true slope. Watch a Dense layer&apos;s weight move towards it.</source>
        <extracomment>Dataset.slope (parameter help)</extracomment>
        <translation>linear 전용: 참 기울기. Dense 층의 가중치가 이 값으로 다가가는 것을 지켜보세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linear only: the true intercept. Watch a Dense layer&apos;s bias move towards it.</source>
        <extracomment>Dataset.intercept (parameter help)</extracomment>
        <translation>linear 전용: 참 절편. Dense 층의 편향이 이 값으로 다가가는 것을 지켜보세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sine only: how many past values each example shows; the answer is the next value. x has shape (N, seq_len, 1), for RNN, LSTM or GRU layers.</source>
        <extracomment>Dataset.seq_len (parameter help)</extracomment>
        <translation>sine 전용: 예제 하나가 보여 주는 지난 값의 개수. 정답은 그다음 값입니다. x의 모양은 (N, seq_len, 1)이며 RNN, LSTM, GRU 층에 넣습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits only: give each digit as a 1x8x8 image (N, 1, 8, 8) for Conv2D layers instead of 64 numbers in a row (N, 64).</source>
        <extracomment>Dataset.as_images (parameter help)</extracomment>
        <translation>digits 전용: 숫자 하나를 한 줄로 늘어선 수 64개(N, 64) 대신 1x8x8 이미지(N, 1, 8, 8)로 내보내 Conv2D 층에 넣습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examples per weight update. 1 is stochastic gradient descent; as many as the training set is full-batch descent; in between are mini-batches.</source>
        <extracomment>Dataset.batch_size (parameter help)</extracomment>
        <translation>가중치를 한 번 고칠 때마다 보는 예제 수. 1이면 확률적 경사하강법, 학습 데이터 전체와 같으면 전체 배치 경사하강법, 그 사이는 미니배치입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shuffle the training examples into new batches every epoch (recommended).</source>
        <extracomment>Dataset.shuffle (parameter help)</extracomment>
        <translation>에포크마다 학습 예제를 섞어 새 배치로 나눕니다(권장).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of the data held out to check generalisation after each epoch (never trained on).</source>
        <extracomment>Dataset.validation_split (parameter help)</extracomment>
        <translation>에포크가 끝날 때마다 일반화를 확인하려고 떼어 두는 데이터의 비율(학습에는 쓰지 않습니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of the data held out and scored once, after training.</source>
        <extracomment>Dataset.test_split (parameter help)</extracomment>
        <translation>떼어 두었다가 학습이 끝난 뒤 한 번 평가하는 데이터의 비율.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift and scale each input to mean 0 and standard deviation 1, using statistics of the training part only. Helps most networks train faster. Targets to predict are left in their own units.</source>
        <extracomment>Dataset.standardize (parameter help)</extracomment>
        <translation>학습용 데이터의 통계만 써서 각 입력을 평균 0, 표준편차 1이 되도록 옮기고 늘입니다. 대부분의 신경망이 더 빨리 학습합니다. 예측할 목표값은 원래 단위 그대로 둡니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fully connected layer: every output is a weighted sum of all inputs plus a bias.</source>
        <extracomment>Dense (node help)</extracomment>
        <translation>완전 연결 층: 각 출력은 모든 입력에 가중치를 곱해 더한 값에 편향을 더한 것입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of outputs (neurons).</source>
        <extracomment>Dense.units (parameter help)</extracomment>
        <translation>출력(뉴런)의 개수.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a learned offset to every output.</source>
        <extracomment>Dense.use_bias (parameter help)</extracomment>
        <translation>각 출력에 학습되는 편향을 더합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the starting weights are drawn: auto picks He before ReLU-like activations, else Xavier.</source>
        <extracomment>Dense.init (parameter help)</extracomment>
        <translation>처음 가중치를 뽑는 방법: auto는 ReLU 계열 활성화 함수 앞에서는 He를, 그 밖에는 Xavier를 고릅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>How slowly the running mean and variance used at inference follow each batch.</source>
        <extracomment>BatchNorm.momentum (parameter help)</extracomment>
        <translation>추론에 쓰는 이동 평균과 분산이 배치마다 얼마나 천천히 따라갈지.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Number of filters, i.e. output channels.</source>
        <extracomment>Conv2D.filters (parameter help)</extracomment>
        <translation>필터 수, 곧 출력 채널 수.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width and height of each square filter, in pixels.</source>
        <extracomment>Conv2D.kernel_size (parameter help)</extracomment>
        <translation>정사각형 필터 하나의 너비와 높이(픽셀).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step between filter positions; 2 halves the image size.</source>
        <extracomment>Conv2D.stride (parameter help)</extracomment>
        <translation>필터 위치 사이의 간격. 2이면 이미지 크기가 절반이 됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zero border added around the image: valid (none), same (keeps the size at stride 1) or a number of pixels.</source>
        <extracomment>Conv2D.padding (parameter help)</extracomment>
        <translation>이미지 둘레에 덧대는 0의 테두리: valid(없음), same(스트라이드 1에서 크기 유지), 또는 픽셀 수.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the largest value of each window: shrinks images, keeps strong responses.</source>
        <extracomment>MaxPool2D (node help)</extracomment>
        <translation>창마다 가장 큰 값만 남깁니다. 이미지를 줄이면서 강한 반응은 살립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+76"/>
        <source>Random numbers, drawn fresh for every batch from the run&apos;s seeded generator: the input z a GAN&apos;s generator turns into fake samples.</source>
        <extracomment>Noise (node help)</extracomment>
        <translation>무작위 수입니다. 배치마다 실행의 시드 난수 생성기에서 새로 뽑습니다. GAN의 생성자가 가짜 샘플로 바꾸는 입력 z입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
        <source>A target filled with one value for every sample of the batch: 1 for real and 0 for fake in a GAN, or 0.9 to smooth the labels.</source>
        <extracomment>Constant (node help)</extracomment>
        <translation>배치의 모든 샘플에 한 값을 채운 목표입니다. GAN에서 진짜는 1, 가짜는 0, 또는 레이블을 부드럽게 하려면 0.9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value every entry holds.</source>
        <extracomment>Constant.value (parameter help)</extracomment>
        <translation>모든 원소가 가지는 값입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="-90"/>
        <source>Joins two tensors side by side along one axis; the other axes must match.</source>
        <extracomment>Concat (node help)</extracomment>
        <translation>텐서 두 개를 한 축을 따라 나란히 잇습니다. 나머지 축의 크기는 같아야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Error size where the loss switches from squared to linear.</source>
        <extracomment>Huber.delta (parameter help)</extracomment>
        <translation>손실이 제곱에서 선형으로 바뀌는 오차의 크기.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary cross-entropy for yes/no targets; takes probabilities, as after Sigmoid (fused with it for stability).</source>
        <extracomment>BCE (node help)</extracomment>
        <translation>예/아니요 목표값을 위한 이진 교차 엔트로피. Sigmoid 뒤에서처럼 확률을 받습니다(안정성을 위해 Sigmoid와 묶어 계산합니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-entropy for one class out of K; takes probabilities, as after Softmax (fused with it for stability).</source>
        <extracomment>CrossEntropy (node help)</extracomment>
        <translation>K개 가운데 한 클래스를 고르는 문제의 교차 엔트로피. Softmax 뒤에서처럼 확률을 받습니다(안정성을 위해 Softmax와 묶어 계산합니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimizes the loss wired into it: after every batch, backpropagation gives the gradient of that loss with respect to every weight in the network, and this optimizer moves every weight a small step downhill: w -= lr * gradient. Plain gradient descent.</source>
        <extracomment>SGD (node help)</extracomment>
        <translation>연결된 손실을 최소화합니다. 배치가 끝날 때마다 역전파가 신경망의 모든 가중치에 대한 그 손실의 기울기를 구하고, 이 옵티마이저는 모든 가중치를 내리막 쪽으로 조금씩 옮깁니다: w -= lr * gradient. 가장 기본적인 경사하강법입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate: how big a step to take. Too large and the loss jumps around or explodes; too small and training crawls.</source>
        <extracomment>SGD.lr (parameter help)</extracomment>
        <translation>학습률: 한 번에 얼마나 크게 움직일지. 너무 크면 손실이 널뛰거나 폭발하고, 너무 작으면 학습이 기어가듯 느립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 penalty: adds weight_decay * w to each weight&apos;s gradient, pulling weights towards 0 to fight overfitting. Biases and BatchNorm parameters are not decayed. (This is classic L2 regularization; the decoupled AdamW variant is not offered.)</source>
        <extracomment>SGD.weight_decay (parameter help)</extracomment>
        <translation>L2 벌점: 각 가중치의 기울기에 weight_decay * w를 더해 가중치를 0 쪽으로 당기고, 과적합을 막습니다. 편향과 BatchNorm의 매개변수에는 적용하지 않습니다. (고전적인 L2 규제이며, 분리된 방식인 AdamW는 제공하지 않습니다.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the learning rate changes over epochs: constant; step (multiply by decay_rate every decay_epochs epochs); exponential (multiply by decay_rate every epoch); cosine (glide smoothly from lr down to 0 by the last epoch).</source>
        <extracomment>SGD.schedule (parameter help)</extracomment>
        <translation>에포크에 따라 학습률을 바꾸는 방법: constant(그대로), step(decay_epochs 에포크마다 decay_rate를 곱함), exponential(에포크마다 decay_rate를 곱함), cosine(마지막 에포크까지 lr에서 0으로 부드럽게 줄임).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step and exponential schedules: the factor the learning rate is multiplied by.</source>
        <extracomment>SGD.decay_rate (parameter help)</extracomment>
        <translation>step과 exponential 스케줄: 학습률에 곱하는 값.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step schedule: epochs between two decays.</source>
        <extracomment>SGD.decay_epochs (parameter help)</extracomment>
        <translation>step 스케줄: 두 번의 감소 사이의 에포크 수.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates this optimizer takes in each round, on the same batch (with several optimizers, e.g. k discriminator steps per generator step in a GAN). Rounds take the optimizers in the order they were added to the graph.</source>
        <extracomment>SGD.steps (parameter help)</extracomment>
        <translation>라운드마다 이 옵티마이저가 같은 배치로 하는 갱신 횟수입니다(옵티마이저가 여럿일 때, 예: GAN에서 생성자 한 단계마다 판별자 k 단계). 라운드는 옵티마이저를 그래프에 추가된 순서대로 돌립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimizes the loss wired into it: after every batch, backpropagation gives the gradient of that loss with respect to every weight in the network, and this optimizer keeps a velocity, a running sum of past gradients (v = momentum * v + gradient), and moves along it: w -= lr * v. It rolls through flat stretches and damps zig-zags.</source>
        <extracomment>Momentum (node help)</extracomment>
        <translation>연결된 손실을 최소화합니다. 배치가 끝날 때마다 역전파가 신경망의 모든 가중치에 대한 그 손실의 기울기를 구하고, 이 옵티마이저는 지난 기울기를 누적한 속도, 곧 모멘텀(v = momentum * v + gradient)을 유지하며 그 방향으로 움직입니다: w -= lr * v. 평평한 구간은 굴러서 지나가고 지그재그는 누그러뜨립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>How slowly the average of gradients (the momentum) forgets.</source>
        <extracomment>Adam.beta1 (parameter help)</extracomment>
        <translation>기울기의 평균(모멘텀)이 지난 값을 얼마나 천천히 잊을지.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How slowly the average of squared gradients forgets.</source>
        <extracomment>Adam.beta2 (parameter help)</extracomment>
        <translation>기울기 제곱의 평균이 지난 값을 얼마나 천천히 잊을지.</translation>
    </message>
</context>
<context>
    <name>NodeCategory</name>
    <message>
        <location line="-190"/>
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
</context>
<context>
    <name>PlaneView</name>
    <message>
        <location filename="../gan/sample_views.py" line="-123"/>
        <source>Samples over D(x)</source>
        <translation>D(x) 위의 표본</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real</source>
        <translation>실제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generated</source>
        <translation>생성</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../presentation.py" line="+47"/>
        <source>&amp;Presentation Mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text and cards for a projector; palette and inspector hidden until needed (F11)</source>
        <translation>프로젝터에 맞게 글자와 카드를 크게 하고, 팔레트와 인스펙터는 필요할 때만 보여 줍니다(F11)</translation>
    </message>
</context>
</TS>
