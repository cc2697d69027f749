/// The 21 competences of the EU DigComp 2.2 framework (JRC, 2022).
public enum DigComp {
    /// Competence codes and titles, in framework order.
    public static let competences: [(code: String, title: String)] = [
        ("1.1", "Browsing, searching and filtering data, information and digital content"),
        ("1.2", "Evaluating data, information and digital content"),
        ("1.3", "Managing data, information and digital content"),
        ("2.1", "Interacting through digital technologies"),
        ("2.2", "Sharing through digital technologies"),
        ("2.3", "Engaging in citizenship through digital technologies"),
        ("2.4", "Collaborating through digital technologies"),
        ("2.5", "Netiquette"),
        ("2.6", "Managing digital identity"),
        ("3.1", "Developing digital content"),
        ("3.2", "Integrating and re-elaborating digital content"),
        ("3.3", "Copyright and licences"),
        ("3.4", "Programming"),
        ("4.1", "Protecting devices"),
        ("4.2", "Protecting personal data and privacy"),
        ("4.3", "Protecting health and well-being"),
        ("4.4", "Protecting the environment"),
        ("5.1", "Solving technical problems"),
        ("5.2", "Identifying needs and technological responses"),
        ("5.3", "Creatively using digital technology"),
        ("5.4", "Identifying digital competence gaps"),
    ]

    /// Whether a code names one of the 21 competences.
    public static func isCompetence(_ code: String) -> Bool { competences.contains { $0.code == code } }
}
