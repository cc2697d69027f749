/// Finds the first YAML anchor (`&name`) or alias (`*name`) in a file, which the curriculum format does not use.
///
/// Aliases let a few lines stand for an exponentially large document ("billion laughs"). Yams compares mapping keys
/// by value while it composes, so a key built from nested aliases runs for hours before any check of ours could
/// run; this scan runs first, in one pass. It skips quoted text, comments, block scalars and the rest of a plain
/// scalar, so an asterisk or ampersand inside a sentence is not taken for one. Where it is unsure it reports one:
/// it may refuse an odd file YAML reads as text (a continuation line of plain text starting `*word`), never the
/// reverse.
enum YAMLAliases {
    /// The line (from 1) and text of the first anchor or alias, or nil when there is none.
    static func first(in text: String) -> (line: Int, token: String)? {
        var scanner = Scanner()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let token = scanner.scan(Array(line.utf8)) { return (number + 1, token) }
        }
        return nil
    }

    /// The state carried from one line to the next.
    private struct Scanner {
        private var quote: UInt8?
        private var flowDepth = 0
        /// Lines indented at least this much belong to a block scalar (`|` or `>`).
        private var blockIndent: Int?
        /// A block scalar whose indentation its first line sets: lines indented more than this belong to it.
        private var blockParent: Int?

        mutating func scan(_ line: [UInt8]) -> String? {
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            let blank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }
            if let parent = blockParent, !blank {
                blockParent = nil
                if indent > parent { blockIndent = indent }
            }
            if let needed = blockIndent {
                if blank || indent >= needed { return nil }
                blockIndent = nil
            }
            if blockParent != nil { return nil }
            return tokens(line, from: quote == nil ? indent : 0)
        }

        /// Walks one line outside block scalars, from where a node may start.
        private mutating func tokens(_ line: [UInt8], from start: Int) -> String? {
            var index = start
            var atNode = quote == nil
            /// The column of the node a block scalar on this line would belong to: the mapping key or list entry.
            var nodeColumn = start
            func byte(_ offset: Int) -> UInt8? { offset >= 0 && offset < line.count ? line[offset] : nil }
            func isBlank(_ value: UInt8?) -> Bool { value == nil || value == 32 || value == 9 || value == 13 }
            func isFlow(_ value: UInt8?) -> Bool { value.map { "[]{},".utf8.contains($0) } ?? false }
            while index < line.count {
                let current = line[index]
                if let open = quote {
                    if open == UInt8(ascii: "\"") && current == UInt8(ascii: "\\") {
                        index += 2
                    } else if current == open && open == UInt8(ascii: "'") && byte(index + 1) == open {
                        index += 2
                    } else {
                        if current == open { quote = nil }
                        index += 1
                    }
                    continue
                }
                if isBlank(current) {
                    index += 1
                } else if current == UInt8(ascii: "#"), isBlank(byte(index - 1)) {
                    return nil
                } else if !atNode {
                    // Inside a plain scalar or after a quoted one: a value indicator or a flow indicator ends it.
                    let quoted = byte(index - 1) == UInt8(ascii: "\"") || byte(index - 1) == UInt8(ascii: "'")
                    if current == UInt8(ascii: ":"), flowDepth > 0 || quoted || isBlank(byte(index + 1)) {
                        atNode = true
                        index += 1
                    } else if flowDepth > 0, isFlow(current) {
                        atNode = true
                    } else {
                        index += 1
                    }
                } else if current == UInt8(ascii: "&") || current == UInt8(ascii: "*") {
                    let end = line[index...].firstIndex { isBlank($0) || isFlow($0) } ?? line.count
                    return String(decoding: line[index..<end], as: UTF8.self)
                } else if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                    quote = current
                    atNode = false
                    index += 1
                } else if current == UInt8(ascii: "[") || current == UInt8(ascii: "{") {
                    flowDepth += 1
                    index += 1
                } else if current == UInt8(ascii: "]") || current == UInt8(ascii: "}") {
                    flowDepth = max(0, flowDepth - 1)
                    atNode = false
                    index += 1
                } else if current == UInt8(ascii: ",") {
                    index += 1
                } else if index == 0, line.starts(with: "---".utf8) || line.starts(with: "...".utf8), isBlank(byte(3)) {
                    index = 3
                } else if "-?:".utf8.contains(current), isBlank(byte(index + 1)) {
                    if current != UInt8(ascii: ":") { nodeColumn = index + 2 }
                    index += 1
                } else if current == UInt8(ascii: "|") || current == UInt8(ascii: ">"), flowDepth == 0 {
                    startBlock(line, header: index, parent: nodeColumn)
                    return nil
                } else if current == UInt8(ascii: "!") {
                    index = line[index...].firstIndex { isBlank($0) || isFlow($0) } ?? line.count
                } else {
                    atNode = false
                }
            }
            return nil
        }

        /// Starts skipping a block scalar's lines: `|2` fixes their indentation, `|` lets the first line set it.
        private mutating func startBlock(_ line: [UInt8], header: Int, parent: Int) {
            let digit = line[header...].prefix { !(32 == $0 || 35 == $0) }.first { (49...57).contains($0) }
            if let digit {
                blockIndent = parent + Int(digit - 48)
            } else {
                blockParent = parent
            }
        }
    }
}
