import Foundation

/// Writing to the terminal: results to standard output, problems to standard error.
enum Terminal {
    /// Prints a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether standard error is an interactive terminal (progress bars go there).
    static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }
}
