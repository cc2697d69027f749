/// Certificate files an erasure could not remove: named one by one, then a non-zero exit, so nobody is told a file is
/// gone when it is not.
enum FilesStillPending {
    static func report(_ files: [String]) throws {
        guard !files.isEmpty else { return }
        for file in files { Terminal.standardError("not removed: \(file)") }
        throw UserError(
            .data,
            "\(files.count) certificate file(s) holding the name could not be removed — check that you may delete them; "
                + "the next `skills learner erase` or `skills retention apply` tries again")
    }
}
