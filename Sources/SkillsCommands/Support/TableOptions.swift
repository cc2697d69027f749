import ArgumentParser

/// How a command prints its table: narrowed to the terminal, its long cells wrapped, or in full with `--wide`.
struct TableOptions: ParsableArguments {
    @Flag(help: "Show every column in full, however wide the table.") var wide = false

    /// The width to fit tables into, or nil for no limit.
    var width: Int? { wide ? nil : Terminal.width }
}
