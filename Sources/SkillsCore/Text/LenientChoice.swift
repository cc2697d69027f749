extension CaseIterable where Self: RawRepresentable, Self.RawValue == String {
    /// The case whose name matches `text` as a person or a spreadsheet writes it: any capitals (`In-person`,
    /// `PHONE`), and a space or underscore for a hyphen (`in person`). Stored values always use the proper form.
    public init?(lenient text: some StringProtocol) {
        let wanted = Self.folded(text)
        guard let match = Self.allCases.first(where: { Self.folded($0.rawValue) == wanted }) else { return nil }
        self = match
    }

    private static func folded(_ text: some StringProtocol) -> String {
        String(text.trimmingCharacters(in: .whitespaces).lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
    }
}
