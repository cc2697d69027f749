extension WebProgramme {
    /// A programme no test changes, for tests that compare a page with the report service's figures: the shared one
    /// changes while they run (sessions are recorded, files imported), which would move the figures in between.
    static let unchanging = Task { try await make() }
}
