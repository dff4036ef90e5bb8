# ruff: noqa: E501  (article text: one paragraph per line, as scraped)
"""Realistic single-language articles for the SL2xx tests (no test functions here).

Each is a short article with a title, a subheading and two or three paragraphs, and the
site's own interface lines in the same language, which are not language residue.
"""

ARTICLES: dict[str, str] = {
    "en": """City council approves new bicycle lanes

The plan covers twelve kilometres of streets in the old town.

The city council voted on Tuesday to build protected bicycle lanes along the river and through the old town. The project will cost about four million euros and should be finished by the end of next year.

What changes for drivers

Parking on Market Street will be reduced by forty spaces. The mayor said the council would open a new car park near the station to make up for the loss.

Comments
Share
""",
    "de": """Stadtrat beschließt neue Radwege

Der Plan umfasst zwölf Kilometer Straßen in der Altstadt.

Der Stadtrat hat am Dienstag beschlossen, geschützte Radwege entlang des Flusses und durch die Altstadt zu bauen. Das Projekt soll rund vier Millionen Euro kosten und bis Ende nächsten Jahres fertig sein.

Was sich für Autofahrer ändert

In der Marktstraße fallen vierzig Parkplätze weg. Die Bürgermeisterin sagte, die Stadt werde als Ausgleich ein neues Parkhaus am Bahnhof eröffnen.

Kommentare
Teilen
""",
    "fr": """Le conseil municipal approuve de nouvelles pistes cyclables

Le projet concerne douze kilomètres de rues dans la vieille ville.

Le conseil municipal a voté mardi la construction de pistes cyclables protégées le long du fleuve et à travers la vieille ville. Le projet coûtera environ quatre millions d'euros et devrait être terminé à la fin de l'année prochaine.

Ce qui change pour les automobilistes

Quarante places de stationnement disparaîtront rue du Marché. Le maire a déclaré que la ville ouvrirait un nouveau parking près de la gare.

Commentaires
Partager
""",
    "es": """El ayuntamiento aprueba nuevos carriles bici

El plan abarca doce kilómetros de calles del casco antiguo.

El pleno del ayuntamiento aprobó el martes la construcción de carriles bici protegidos a lo largo del río y por el casco antiguo. El proyecto costará unos cuatro millones de euros y debería estar terminado a finales del año que viene.

Qué cambia para los conductores

La calle del Mercado perderá cuarenta plazas de aparcamiento. La alcaldesa dijo que el ayuntamiento abrirá un nuevo aparcamiento junto a la estación.

Comentarios
Compartir
""",
    "pt": """Câmara aprova novas ciclovias

O plano abrange doze quilômetros de ruas no centro histórico.

A câmara municipal aprovou na terça-feira a construção de ciclovias protegidas ao longo do rio e pelo centro histórico. O projeto vai custar cerca de quatro milhões de euros e deve estar concluído no final do próximo ano.

O que muda para os motoristas

A Rua do Mercado vai perder quarenta vagas de estacionamento. O prefeito disse que a cidade vai abrir um novo estacionamento perto da estação.

Comentários
Compartilhar
""",
    "it": """Il consiglio comunale approva nuove piste ciclabili

Il piano riguarda dodici chilometri di strade nel centro storico.

Il consiglio comunale ha votato martedì la costruzione di piste ciclabili protette lungo il fiume e attraverso il centro storico. Il progetto costerà circa quattro milioni di euro e dovrebbe essere completato entro la fine del prossimo anno.

Cosa cambia per gli automobilisti

In via del Mercato spariranno quaranta posti auto. Il sindaco ha detto che il comune aprirà un nuovo parcheggio vicino alla stazione.

Commenti
Condividi
""",
    "nl": """Gemeenteraad keurt nieuwe fietspaden goed

Het plan omvat twaalf kilometer straten in de oude binnenstad.

De gemeenteraad heeft dinsdag ingestemd met de aanleg van vrijliggende fietspaden langs de rivier en door de binnenstad. Het project kost ongeveer vier miljoen euro en moet eind volgend jaar klaar zijn.

Wat er verandert voor automobilisten

In de Marktstraat verdwijnen veertig parkeerplaatsen. De burgemeester zei dat de gemeente een nieuwe parkeergarage bij het station zal openen.

Reacties
Delen
""",
    "pl": """Rada miasta zatwierdza nowe drogi rowerowe

Plan obejmuje dwanaście kilometrów ulic na starym mieście.

Rada miasta zagłosowała we wtorek za budową chronionych dróg rowerowych wzdłuż rzeki i przez stare miasto. Projekt będzie kosztował około czterech milionów euro i ma być ukończony do końca przyszłego roku.

Co się zmieni dla kierowców

Na ulicy Targowej zniknie czterdzieści miejsc parkingowych. Burmistrz powiedział, że miasto otworzy nowy parking przy dworcu.

Komentarze
Udostępnij
""",
    "tr": """Belediye meclisi yeni bisiklet yollarını onayladı

Plan, eski şehirdeki on iki kilometrelik sokakları kapsıyor.

Belediye meclisi salı günü nehir boyunca ve eski şehir içinden geçen korumalı bisiklet yollarının yapımını onayladı. Projenin yaklaşık dört milyon avroya mal olması ve gelecek yılın sonuna kadar tamamlanması bekleniyor.

Sürücüler için neler değişiyor

Çarşı Caddesi'ndeki kırk park yeri kaldırılacak. Belediye başkanı, kaybı telafi etmek için istasyonun yakınında yeni bir otopark açılacağını söyledi.

Yorumlar
Paylaş
""",
    "id": """Dewan kota menyetujui jalur sepeda baru

Rencana tersebut mencakup dua belas kilometer jalan di kota tua.

Dewan kota pada hari Selasa memutuskan untuk membangun jalur sepeda yang terlindungi di sepanjang sungai dan melalui kota tua. Proyek ini akan menelan biaya sekitar empat juta euro dan diharapkan selesai pada akhir tahun depan.

Apa yang berubah bagi pengendara mobil

Empat puluh tempat parkir di Jalan Pasar akan dihapus. Wali kota mengatakan bahwa kota akan membuka gedung parkir baru di dekat stasiun.

Komentar
Bagikan
""",
    "vi": """Hội đồng thành phố phê duyệt làn đường xe đạp mới

Kế hoạch bao gồm mười hai cây số đường phố trong khu phố cổ.

Hội đồng thành phố hôm thứ Ba đã bỏ phiếu xây dựng các làn đường xe đạp được bảo vệ dọc bờ sông và xuyên qua khu phố cổ. Dự án sẽ tốn khoảng bốn triệu euro và dự kiến hoàn thành vào cuối năm sau.

Những gì thay đổi đối với người lái xe

Phố Chợ sẽ mất bốn mươi chỗ đậu xe. Thị trưởng cho biết thành phố sẽ mở một bãi đậu xe mới gần nhà ga.

Bình luận
Chia sẻ
""",
    "ru": """Городской совет одобрил новые велодорожки

План охватывает двенадцать километров улиц в старом городе.

Во вторник городской совет проголосовал за строительство защищённых велодорожек вдоль реки и через старый город. Проект обойдётся примерно в четыре миллиона евро и должен быть завершён к концу следующего года.

Что изменится для водителей

На Рыночной улице исчезнут сорок парковочных мест. Мэр заявил, что город откроет новую парковку у вокзала.

Комментарии
Поделиться
""",
    "uk": """Міська рада схвалила нові велодоріжки

План охоплює дванадцять кілометрів вулиць у старому місті.

У вівторок міська рада проголосувала за будівництво захищених велодоріжок уздовж річки та через старе місто. Проєкт коштуватиме близько чотирьох мільйонів євро і має бути завершений до кінця наступного року.

Що зміниться для водіїв

На Ринковій вулиці зникне сорок місць для паркування. Мер заявив, що місто відкриє новий паркінг біля вокзалу.

Коментарі
Поділитися
""",
    "el": """Το δημοτικό συμβούλιο εγκρίνει νέους ποδηλατόδρομους

Το σχέδιο καλύπτει δώδεκα χιλιόμετρα δρόμων στην παλιά πόλη.

Το δημοτικό συμβούλιο ψήφισε την Τρίτη την κατασκευή προστατευμένων ποδηλατόδρομων κατά μήκος του ποταμού και μέσα από την παλιά πόλη. Το έργο θα κοστίσει περίπου τέσσερα εκατομμύρια ευρώ και αναμένεται να ολοκληρωθεί έως το τέλος του επόμενου έτους.

Τι αλλάζει για τους οδηγούς

Στην οδό Αγοράς θα καταργηθούν σαράντα θέσεις στάθμευσης. Ο δήμαρχος δήλωσε ότι ο δήμος θα ανοίξει νέο χώρο στάθμευσης κοντά στον σταθμό.

Σχόλια
Κοινοποίηση
""",
    "ar": """مجلس المدينة يوافق على مسارات جديدة للدراجات

تشمل الخطة اثني عشر كيلومترا من شوارع البلدة القديمة.

صوت مجلس المدينة يوم الثلاثاء على إنشاء مسارات محمية للدراجات على طول النهر وعبر البلدة القديمة. وستبلغ تكلفة المشروع نحو أربعة ملايين يورو، ومن المتوقع أن يكتمل بحلول نهاية العام المقبل.

ما الذي يتغير بالنسبة للسائقين

سيتم إلغاء أربعين موقفا للسيارات في شارع السوق. وقال رئيس البلدية إن المدينة ستفتح موقفا جديدا للسيارات بالقرب من المحطة.

التعليقات
مشاركة
""",
    "fa": """شورای شهر مسیرهای جدید دوچرخه را تصویب کرد

این طرح دوازده کیلومتر از خیابان‌های بافت قدیم شهر را در بر می‌گیرد.

شورای شهر روز سه‌شنبه به ساخت مسیرهای محافظت‌شده دوچرخه در امتداد رودخانه و از میان بافت قدیم رأی داد. هزینه این پروژه حدود چهار میلیون یورو برآورد شده و قرار است تا پایان سال آینده به پایان برسد.

چه چیزی برای رانندگان تغییر می‌کند

چهل جای پارک در خیابان بازار حذف خواهد شد. شهردار گفت که شهر یک پارکینگ جدید در نزدیکی ایستگاه راه‌آهن افتتاح خواهد کرد.

نظرات
اشتراک‌گذاری
""",
    "he": """מועצת העיר אישרה שבילי אופניים חדשים

התוכנית כוללת שנים עשר קילומטרים של רחובות בעיר העתיקה.

מועצת העיר הצביעה ביום שלישי בעד הקמת שבילי אופניים מוגנים לאורך הנהר ודרך העיר העתיקה. עלות הפרויקט מוערכת בכארבעה מיליון אירו והוא צפוי להסתיים עד סוף השנה הבאה.

מה משתנה עבור הנהגים

ברחוב השוק יבוטלו ארבעים מקומות חניה. ראש העיר אמר כי העירייה תפתח חניון חדש ליד התחנה.

תגובות
שתף
""",
    "hi": """नगर परिषद ने नई साइकिल लेन को मंज़ूरी दी

योजना में पुराने शहर की बारह किलोमीटर सड़कें शामिल हैं।

नगर परिषद ने मंगलवार को नदी के किनारे और पुराने शहर से होकर सुरक्षित साइकिल लेन बनाने के पक्ष में मतदान किया। इस परियोजना पर लगभग चार करोड़ रुपये खर्च होंगे और इसके अगले साल के अंत तक पूरा होने की उम्मीद है।

चालकों के लिए क्या बदलेगा

बाज़ार मार्ग पर चालीस पार्किंग स्थान हटाए जाएंगे। महापौर ने कहा कि शहर स्टेशन के पास एक नया पार्किंग स्थल खोलेगा।

टिप्पणियाँ
शेयर करें
""",
    "th": """สภาเมืองอนุมัติเลนจักรยานใหม่

แผนดังกล่าวครอบคลุมถนนสิบสองกิโลเมตรในเขตเมืองเก่า

เมื่อวันอังคารที่ผ่านมา สภาเมืองลงมติให้สร้างเลนจักรยานที่มีแนวกั้นเลียบแม่น้ำและผ่านเขตเมืองเก่า โครงการนี้จะใช้งบประมาณราวสี่ล้านยูโร และคาดว่าจะแล้วเสร็จภายในสิ้นปีหน้า

อะไรจะเปลี่ยนไปสำหรับผู้ขับรถ

ที่จอดรถสี่สิบคันบนถนนตลาดจะถูกยกเลิก นายกเทศมนตรีกล่าวว่าเมืองจะเปิดอาคารจอดรถแห่งใหม่ใกล้สถานีรถไฟ

ความคิดเห็น
แชร์
""",
    "zh": """市议会批准新建自行车道

该计划覆盖老城区十二公里的街道。

市议会周二投票决定沿河并穿过老城区修建有隔离的自行车道。该项目预计耗资约四百万欧元，计划于明年年底前完工。

对司机有哪些影响

市场街将减少四十个停车位。市长表示，市政府将在火车站附近新建一座停车场作为补偿。

评论
分享
""",
    "ja": """市議会、新しい自転車レーンを承認

計画は旧市街の道路十二キロに及ぶ。

市議会は火曜日、川沿いと旧市街を通る分離型の自転車レーンの建設を賛成多数で可決した。事業費は約四百万ユーロで、来年末までの完成を目指す。

ドライバーにとっての変化

マーケット通りでは駐車スペースが四十台分なくなる。市長は、代わりに駅の近くに新しい駐車場を開設すると述べた。

コメント
シェア
""",
    "ko": """시의회, 새 자전거 도로 승인

계획은 구시가지 도로 12킬로미터를 포함한다.

시의회는 화요일 강을 따라 구시가지를 관통하는 분리형 자전거 도로 건설안을 가결했다. 사업비는 약 400만 유로이며 내년 말까지 완공될 예정이다.

운전자에게 달라지는 점

시장 거리에서는 주차 공간 40면이 사라진다. 시장은 역 근처에 새 주차장을 열어 이를 보완하겠다고 말했다.

댓글
공유하기
""",
}
