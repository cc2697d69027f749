import Foundation
import SkillsCore

/// Writing to the terminal: results to standard output, problems to standard error.
enum Terminal {
    /// Prints a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether standard error is an interactive terminal (progress bars go there).
    static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }
}

extension Terminal {
    /// Standard output's width in columns when it is a terminal, else `$COLUMNS`, else nil (a pipe or a file: no limit).
    static var width: Int? { width(of: STDOUT_FILENO) }

    /// Standard error's width, for progress bars; the same fallbacks.
    static var errorWidth: Int? { width(of: STDERR_FILENO) }

    private static func width(of descriptor: Int32) -> Int? {
        var size = winsize()
        if isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }
}

extension Terminal {
    /// Prints `text` after `lead`, wrapped to the terminal's width with later lines indented under the text's start.
    static func printWrapped(_ lead: String, _ text: String) {
        let indent = DisplayWidth.of(lead)
        guard let width else { return print(lead + text) }
        let lines = TextTable.wrap(text, width: max(20, width - indent))
        print(lead + (lines.first ?? ""))
        for line in lines.dropFirst() { print(String(repeating: " ", count: indent) + line) }
    }
}
