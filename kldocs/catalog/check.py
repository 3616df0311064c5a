"""Words of the ``kldocs check`` report page (``check.*``)."""

EN: dict[str, str] = {
    "check.title": "Claims in [[name]]",
    "check.intro": "Checked by kldocs check against exact values. Log base [[base]]: [[reason]].",
    "check.line": "line",
    "check.claim": "claim",
    "check.kind": "kind",
    "check.verdict": "verdict",
    "check.value": "correct value",
    "check.note": "note",
    "check.holds": "✅ holds",
    "check.false": "❌ **false**",
    "check.unchecked": "⚠️ unchecked",
    "check.false_heading": "False claims",
    "check.correct": "correct value [[value]]",
}

KO: dict[str, str] = {
    "check.title": "[[name]]의 주장",
    "check.intro": "kldocs check가 정확한 값과 대조했습니다. 로그의 밑 [[base]]: [[reason]].",
    "check.line": "줄",
    "check.claim": "주장",
    "check.kind": "종류",
    "check.verdict": "판정",
    "check.value": "올바른 값",
    "check.note": "설명",
    "check.holds": "✅ 성립",
    "check.false": "❌ **거짓**",
    "check.unchecked": "⚠️ 확인 못 함",
    "check.false_heading": "거짓인 주장",
    "check.correct": "올바른 값 [[value]]",
}
