"""Names written in another script inside a Latin message: "我叫 陈伟", "меня зовут Ольга".

People from China, Russia, Ukraine or Afghanistan write to the bot in Spanish, English
or Kreyòl and put their own name in their own script, often beside its Latin spelling
("I'm Li Wei (李伟)"). The Latin rules and the tagger never see these letters, so:

- **Chinese**: a run of two to four Han characters that starts with one of the common
  family names ("李娜", "张强"), with "老" or "小" ("老陈", "小龙"), or follows "叫" or
  "是" ("我叫王伟"); a family name alone after a title ("Mesye 黄"). Place names
  ("福建", "北京") start with no family name; a few everyday words that do ("谢谢",
  "马上") are listed. A date written the Chinese way after a birth word ("nació
  2021年3月9日") becomes ``<DATE>``.
- **Cyrillic**: the words after "меня зовут", "мене звати", "моё имя", "я"; and a
  capitalised first name followed by a family name with a Russian or Ukrainian ending
  ("Ольга Петренко", "Сергей Волков"). A town ("Харьков") alone stays.
- **Arabic script** (Dari, Pashto, Arabic, Urdu): the words after "اسمي" or "نام من"
  ("my name"), up to the verb "است", and the word in "من … هستم" ("I am …").
"""

from __future__ import annotations

import re

from bot.privacy.spans import replace_group

#: The most common Chinese family names (about 85 % of people), one character each.
_FAMILY = (
    "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
#: Everyday words that start with a family name.
_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        "谢谢 马上 高兴 方便 周末 周一 周二 周三 周四 周五 周六 周日 金钱 石头 黄色 白色 "
        "高中 高速 江苏 江西 龙门 向前 万一 任何 许多 何时 余下 段落",
    )
)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HAN_NAME = re.compile(
    rf"(?<![{_HAN}])(?:[{_HAN}]*[叫是]\s?([{_HAN}]{{2,3}})|([{_FAMILY}][{_HAN}]{{1,3}}|"
    # "老陈" (old Chen), "小龙" (little dragon): what friends and family call someone
    rf"[老小阿][{_HAN}]{{1,2}}))(?![{_HAN}])"
    # a family name alone after a title: "Mesye 黄 (Huang)", "Mr. 王"
    rf"|(?i:\b(?:mesye|madam|mr|mrs|ms|sr|sra|se[nñ]or|se[nñ]ora|don|do[nñ]a)\.?\s+)([{_FAMILY}])(?![{_HAN}])"
)
#: A date written the Chinese way, after a birth word: "nació 2021年3月9日", "born 二〇一九年五月十日".
_HAN_DIGIT = "0-9〇零一二三四五六七八九十"
HAN_BIRTH = re.compile(
    rf"(?i:\b(?:nac\w*|born|birth\w*|f[eè]t|dob)\b[^.?!\n]{{0,20}}?)"
    rf"([{_HAN_DIGIT}]{{2,4}}年[{_HAN_DIGIT}]{{1,2}}月[{_HAN_DIGIT}]{{1,3}}日)"
)

_CYR = "\u0400-\u04ff"
_CYR_WORD = rf"[{_CYR}][{_CYR}'’-]*"
_CYR_CAP = rf"[\u0400-\u042f][{_CYR}'’-]*"
#: A Russian or Ukrainian family name's ending.
_FAMILY_END = r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|енко|чук|юк|ук|ич|ко|як)"
CYRILLIC_NAME = re.compile(
    rf"(?i:\b(?:меня\s+зовут|мене\s+звати|мо[её]\s+имя|мо[єе]\s+ім['’]я|я\s+[-—–]|я)\s+)"
    rf"({_CYR_CAP}(?:\s+{_CYR_CAP}){{0,2}})"
    rf"|\b({_CYR_CAP}\s+{_CYR_CAP}{_FAMILY_END})\b"
)

_ARABIC = "\u0600-\u06ff\u0750-\u077f"
ARABIC_NAME = re.compile(
    # "من زهرا هستم": I am Zahra (Dari, Persian)
    rf"(?<![{_ARABIC}])من\s+([{_ARABIC}]+)\s+(?:هستم|استم)(?![{_ARABIC}])|"
    rf"(?:اسمي|اسم\s+من|نام\s+من|زما\s+نوم|میرا\s+نام)\s+"
    rf"((?:(?!(?:است|هست|هستم|دی|ہے|و)\b)[{_ARABIC}]+\s*){{1,3}})"
)


def _han(match: re.Match[str]) -> str:
    index = match.lastindex or 0
    if match.group(index) in _NOT_NAMES:
        return match.group(0)
    return replace_group(match, "<NAME>", index)


def _group(match: re.Match[str]) -> str:
    """The name group, whichever matched, as ``<NAME>``; the space after it stays."""
    index = match.lastindex or 0
    name = match.group(index)
    return replace_group(match, "<NAME>" + name[len(name.rstrip()) :], index)


def apply(text: str) -> str:
    """``text`` with names in Han, Cyrillic or Arabic script replaced by ``<NAME>``."""
    if text.isascii():
        return text
    text = HAN_BIRTH.sub(lambda m: replace_group(m, "<DATE>"), text)
    text = HAN_NAME.sub(_han, text)
    text = CYRILLIC_NAME.sub(_group, text)
    return ARABIC_NAME.sub(_group, text)
