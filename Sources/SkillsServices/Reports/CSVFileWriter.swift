import Foundation
import SkillsCore

/// Writes CSV rows to a file through a buffer; fails with one line if the file cannot be written.
public final class CSVFileWriter {
    private let handle: FileHandle
    private var buffer = Data()

    /// Creates (or replaces) the file and writes the header.
    public init(path: String, header: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ServiceError.file(.cannotWrite(path: path))
        }
        self.handle = handle
        try write(header)
    }

    /// Appends one row.
    public func write(_ fields: [String]) throws {
        buffer.append(contentsOf: CSVWriter.line(fields).utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes out the buffer and closes the file.
    public func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
