"""Leading phrases of preambular and operative paragraphs (``回顾``, ``重申``, ``决定`` …).

A paragraph's leading phrase is an optional adverb (``还``, ``再次``, ``特别`` …) followed by one of the
verbs the Security Council and the General Assembly open paragraphs with. The longest match wins, so
``表示关切`` is preferred to ``表示`` and ``强调指出`` to ``强调``.
"""

from __future__ import annotations

import regex

_ADVERBS = (
    "还", "又", "并", "也", "亦", "再次", "再度", "一再", "进一步", "特别", "深为", "深切", "严重", "大力",
    "强烈", "坚决", "着重", "同时", "仍然", "继续", "最强烈地", "坚定地", "积极",
)
_VERBS = (
    "回顾", "回顾指出", "重申", "决定", "请", "促请", "敦促", "吁请", "呼吁", "要求", "欢迎", "赞扬", "赞赏",
    "表示", "表示关切", "表示注意到", "表示支持", "表示赞赏", "表示感谢", "表示遗憾", "表示震惊", "表示愿意",
    "表示打算", "表示决心", "认识到", "确认", "注意到", "强调", "强调指出", "指出", "着重指出", "鼓励", "申明",
    "认为", "深信", "相信", "确信", "关切", "关注", "谴责", "授权", "核可", "核准", "延长", "支持", "期待",
    "期待着", "期望", "希望", "铭记", "考虑到", "认定", "断定", "意识到", "知悉", "感谢", "赞赏地注意到",
    "满意地注意到", "关切地注意到", "遗憾地注意到", "感到遗憾的是", "感到关切", "深感关切", "深感遗憾", "遗憾",
    "震惊", "痛惜", "坚持", "承认", "敦请", "责成", "指示", "提醒", "邀请", "宣布", "商定", "同意", "审议了",
    "审查了", "听取了", "收到", "决心", "下定决心", "致力于", "承诺", "赞同", "设立", "警告", "提请注意",
    "申明支持", "肯定", "声援", "确定", "断言", "重视", "建议", "鼓励", "请求", "准许", "允许", "豁免",
    "强调必须", "重申必须", "表示坚决支持", "深表关切", "深表遗憾", "还决定", "认可", "悼念", "哀悼",
)
_PHRASE = regex.compile(
    "^(?:"
    + "|".join(sorted(_ADVERBS, key=len, reverse=True))
    + ")*(?:"
    + "|".join(sorted(set(_VERBS), key=len, reverse=True))
    + ")"
)


def leading_phrase(text: str) -> str | None:
    """The paragraph's leading phrase, or ``None`` when it does not open with a known one."""
    match = _PHRASE.match(text)
    return match.group(0) if match else None
