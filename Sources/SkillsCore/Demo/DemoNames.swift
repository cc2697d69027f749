/// Names for demo learners and tutors in the scripts and languages UK programmes meet, with language tags.
enum DemoNames {
    /// A naming tradition: given names, family names, the language tag, and how common it is in the demo.
    struct Tradition {
        var language: String
        var given: [String]
        var family: [String]
        var weight: Int
        /// Whether the family name comes first (Chinese).
        var familyFirst = false
        var separator = " "
    }

    static let traditions: [Tradition] = [
        Tradition(
            language: "en",
            given: [
                "Margaret", "John", "Susan", "David", "Patricia", "Peter", "Jean", "Brian", "Doreen", "Keith", "Linda", "Graham", "Sandra",
                "Colin", "Aoife", "Siobhán",
            ],
            family: [
                "Jones", "Smith", "Taylor", "Brown", "Wilson", "Walker", "Robinson", "Hughes", "O'Neill", "Campbell", "McLeod", "Thompson",
            ], weight: 46),
        Tradition(
            language: "cy",
            given: ["Gwenllian", "Eirlys", "Rhodri", "Siân", "Dafydd", "Ffion", "Gwilym", "Angharad", "Iolo", "Catrin", "Llŷr", "Glesni"],
            family: ["Ŵyn", "Llewelyn", "ap Rhys", "Prydderch", "Jones", "Evans", "Huws", "Gruffudd", "Llwyd", "Morgan"], weight: 8),
        Tradition(
            language: "ar", given: ["محمد", "فاطمة", "أحمد", "عائشة", "يوسف", "مريم", "علي", "خديجة"],
            family: ["عبد الله", "الحسن", "منصور", "حداد", "السيد", "خليل"], weight: 6),
        Tradition(
            language: "ur", given: ["عائشہ", "عمران", "نسرین", "طارق", "شازیہ", "بلال"], family: ["خان", "حسین", "اقبال", "چوہدری", "ملک"],
            weight: 6),
        Tradition(
            language: "bn", given: ["রহিম", "ফাতেমা", "আনোয়ার", "নাসরিন", "সালমা", "করিম"], family: ["উদ্দিন", "বেগম", "আহমেদ", "চৌধুরী", "ইসলাম"], weight: 5),
        Tradition(
            language: "zh", given: ["秀英", "建国", "丽华", "志强", "美玲", "伟"], family: ["王", "李", "张", "刘", "陈", "黄"], weight: 4,
            familyFirst: true, separator: ""),
        Tradition(
            language: "pl", given: ["Zofia", "Krzysztof", "Małgorzata", "Paweł", "Jadwiga", "Łukasz"],
            family: ["Wójcik", "Kowalska", "Nowak", "Woźniak", "Dąbrowski"], weight: 5),
        Tradition(language: "pa", given: ["ਗੁਰਪ੍ਰੀਤ", "ਹਰਜੀਤ", "ਮਨਜੀਤ", "ਬਲਵਿੰਦਰ"], family: ["ਸਿੰਘ", "ਕੌਰ", "ਗਿੱਲ", "ਸੰਧੂ"], weight: 3),
        Tradition(language: "hi", given: ["राम", "सीता", "अनिल", "प्रिया", "सुनील"], family: ["कुमार", "शर्मा", "पटेल", "गुप्ता"], weight: 3),
        Tradition(
            language: "vi", given: ["Lan", "Minh", "Hương", "Tuấn", "Thảo"], family: ["Nguyễn Thị", "Trần Văn", "Lê Thị", "Phạm Văn"],
            weight: 2, familyFirst: true),
        Tradition(
            language: "uk", given: ["Анна", "Олена", "Сергій", "Наталія", "Володимир"],
            family: ["Петрова", "Шевченко", "Коваленко", "Бондаренко"], weight: 3),
        Tradition(
            language: "so", given: ["Hodan", "Abdi", "Faadumo", "Cabdi", "Ayaan"], family: ["Warsame", "Cali", "Maxamed", "Xasan"],
            weight: 3),
        Tradition(
            language: "ro", given: ["Ioana", "Andrei", "Mădălina", "Ștefan"], family: ["Popescu", "Ionescu", "Dumitrescu", "Stănescu"],
            weight: 2),
        Tradition(language: "gu", given: ["હેમા", "કિશોર", "જયશ્રી", "રમેશ"], family: ["પટેલ", "શાહ", "દેસાઈ", "મહેતા"], weight: 2),
        Tradition(language: "ta", given: ["லட்சுமி", "முருகன்", "கவிதா"], family: ["சுப்பிரமணியம்", "ராஜா", "கிருஷ்ணன்"], weight: 2),
    ]

    /// A full name and its language tag.
    static func person(_ random: inout SeededRandom) -> (name: String, language: String) {
        let total = traditions.reduce(0) { $0 + $1.weight }
        var roll = Int.random(in: 0..<total, using: &random)
        var tradition = traditions[0]
        for candidate in traditions {
            if roll < candidate.weight {
                tradition = candidate
                break
            }
            roll -= candidate.weight
        }
        let given = random.pick(tradition.given)
        let family = random.pick(tradition.family)
        let name = tradition.familyFirst ? family + (tradition.separator.isEmpty ? "" : " ") + given : given + " " + family
        return (name, tradition.language)
    }
}
