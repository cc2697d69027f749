/// The languages the pages are written in; the choice is remembered in a cookie.
enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case welsh = "cy"

    /// The page text in this language.
    var strings: Strings {
        switch self {
        case .english: .english
        case .welsh: .welsh
        }
    }

    /// The other language, offered by the switch on every page.
    var other: Language { self == .english ? .welsh : .english }

    /// The language's name in itself, as the switch shows it.
    var ownName: String { self == .english ? "English" : "Cymraeg" }
}
