"""Correct text in many languages and scripts never draws an SL1 finding."""

from __future__ import annotations

import pytest

from support import findings

# Realistic paragraphs, typographic punctuation included: the kind of text seedlint meets.
CORRECT_TEXT: dict[str, str] = {
    "thai": (
        "กรุงเทพมหานคร – นายกรัฐมนตรีกล่าวว่า “รัฐบาลจะเร่งแก้ไขปัญหาเศรษฐกิจ” "
        "ในการประชุมเมื่อวันจันทร์ที่ผ่านมา โชคดีที่ฝนไม่ตก เธอบอกว่าเขตนี้มีแกงอร่อย… "
        "ราคาน้ำมันลดลง ๒ บาท ส่วนเดนมาร์กและสวีเดนยังไม่ตัดสินใจ เห็นจะขึ้นแท็กซี่ยิ่งขึ้น"
    ),
    "greek": (
        "Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για την ακρίβεια — «θα στηρίξουμε τα νοικοκυριά», "
        "δήλωσε ο υπουργός. ΑΘΗΝΑ, ΘΕΣΣΑΛΟΝΙΚΗ: Η Ελλάδα είναι μια χώρα με ιστορία… "
        "Ο Άρης και ο Έκτορας ήρθαν στο Ηράκλειο· η Ύδρα ήταν όμορφη; Ναι!"
    ),
    "arabic": (
        "قال وزير الخارجية إن «المفاوضات تسير في الاتجاه الصحيح»، مضيفًا أن الجانبين اتفقا "
        "على خريطة طريق لإعادة الممتلكات الدبلوماسية. البحث الأقسام إقرأ المزيد — "
        "بواسطة المحرر 2024-02-09 ١٢:٣٠ ظهرًا؛ هل سيتغير شيء؟"
    ),
    "persian": (
        "وزیر امور خارجه گفت که گفت‌وگوها «در مسیر درست» پیش می‌رود. بزرگ‌ترین کشور "
        "منطقه، کشوری است که می‌خواهد شکست را بپذیرد؛ این یک پیام است."
    ),
    "hebrew": (
        "ראש הממשלה אמר כי „המשא ומתן מתקדם” ושהצדדים הסכימו על מפת דרכים. "
        "צה״ל הודיע כי המבצע הסתיים; ירושלים – תל־אביב: 60 ק״מ בלבד."
    ),
    "russian": (
        "В 2024 году Москва и Вашингтон договорились о «дорожной карте» — возвращении "
        "шести объектов дипломатической недвижимости. Всё её ещё ЗВЁЗДЫ ТАСС» сообщил, "
        "что В ПЯТНИЦУ встреча прошла «конструктивно»… Ёлка, ёж, №5, 5 °C."
    ),
    "ukrainian": (
        "Київ, 12 березня — Міністерство закордонних справ України заявило, що "
        "їхня позиція є незмінною: «Ми не поступимося жодним сантиметром нашої землі». "
        "Ґанок, їжак, єдність, ІНФОРМАЦІЯ."
    ),
    "chinese": (
        "据新华社报道，两国外交官在伊斯坦布尔举行了第二轮会谈。他说：“双方同意制定路线图。”"
        "此外，会谈还涉及签证办理等问题（详见附件）……"
    ),
    "japanese": (
        "東京――政府は昨日、新たな経済対策を発表した。首相は「物価高に対応する」と述べ、"
        "ガソリン価格の引き下げを約束した。カタカナ・ひらがな混じりの文です。"
    ),
    "korean": (
        "서울 — 정부는 어제 새로운 경제 대책을 발표했다. 총리는 “물가 상승에 대응하겠다”고 "
        "말했으며, 휘발유 가격 인하를 약속했다… 한국어 문장입니다."
    ),
    "hindi": (
        "नई दिल्ली — विदेश मंत्री ने कहा कि “बातचीत सही दिशा में आगे बढ़ रही है।” "
        "दोनों देशों ने राजनयिक संपत्तियों की वापसी पर सहमति जताई। हिंदी में समाचार पढ़ें।"
    ),
    "vietnamese": (
        "Hà Nội – Bộ trưởng Ngoại giao cho biết “các cuộc đàm phán đang đi đúng hướng”. "
        "Hai bên đã đồng ý về lộ trình trả lại sáu tài sản ngoại giao… Việt Nam, Đà Nẵng."
    ),
    "turkish": (
        "İstanbul’da yapılan görüşmelerde taraflar “yol haritası” üzerinde anlaştı. "
        "Dışişleri Bakanı, vize işlemlerinin kolaylaştırılacağını söyledi. IĞDIR, ŞIRNAK, ÇORUM."
    ),
    "polish": (
        "Minister spraw zagranicznych powiedział, że „rozmowy idą w dobrym kierunku”. "
        "Łódź, Gdańsk, żółć, źdźbło — ŁÓDŹ, ŻÓŁW, łódź; Ósmy raz już."
    ),
    "german": (
        "Der Außenminister sagte, die Gespräche „gingen in die richtige Richtung“. "
        "Größe, Straße, Übung, ÄRGER, GRÖSSE — »Zitat« und ‚einfach‘… 20 °C, 5 €."
    ),
    "french": (
        "À Paris, le ministre a déclaré : « Les discussions avancent dans la bonne direction. » "
        "C’est une naïve café-crème ; À bientôt ! Élève, ÇA VA, œuvre, cœur… 12 €."
    ),
    "spanish": (
        "El ministro afirmó que «las conversaciones avanzan en la dirección correcta». "
        "¿Dónde está? ¡Qué bien! ESPAÑA, AÑO, Niño, pingüino — 1.º y 2.ª; «ESPAÑA»."
    ),
    "portuguese": (
        "O ministro disse que “as conversas estão no caminho certo”. NÃO, AÇÃO, "
        "São Paulo, coração — é já amanhã…"
    ),
    "czech": "Příliš žluťoučký kůň úpěl ďábelské ódy — „ČESKÁ REPUBLIKA“ je krásná.",
    "english": (
        "The staff—a move that could pave the way—said it’s “fine”… Café™ and Brand® "
        "cost €5 or £4; naïve café, résumé, déjà vu, 35 °C, 2½ cups, ½, m² and km³."
    ),
    "emoji": "Great news 🎉👍🏽 family: 👨‍👩‍👧‍👦, flag 🇺🇦, heart ❤️, keycap 1️⃣.",
    "indic-joiners": "क्‍ष and ര്‍ and ন্‌ are spelled with joiners; सत्‍यमेव जयते.",
}


@pytest.mark.parametrize("language", sorted(CORRECT_TEXT))
def test_correct_text_has_no_encoding_finding(language: str) -> None:
    text = CORRECT_TEXT[language]
    assert findings(text, ["SL1"]) == []
    # The same text as a whole paragraph, as lines of a file, and repeated.
    assert findings(f"{text}\n\n{text}\n{text} {text}\n", ["SL1"]) == []


def test_short_words_are_left_alone() -> None:
    words = "łódź À Größe naïve café В ТАСС» её ВЁ โชค เธอ แกง เขต بزرگ ЁЖ Ü“ CAFÉ” ÇA"
    assert findings(words, ["SL1"]) == []
    for word in words.split():
        assert findings(word, ["SL1"]) == [], word
