import Foundation

/// Runs an external program (the `skills` binary, sqlite3, pdftotext, python3) and captures its output.
public enum Command {
    /// Runs a program to completion; fails clearly if it is not installed.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil,
        input: Data? = nil
    ) throws -> SkillsRunner.Output {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw RunnerError("\(executable) is not installed — run scripts/install-deps.sh")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = readAll(err.fileHandleForReading)
            group.leave()
        }
        let outData = readAll(out.fileHandleForReading)
        group.wait()
        process.waitUntilExit()
        return .init(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Reads a pipe to its end, retrying reads a signal interrupted (Foundation's own reader traps on EINTR).
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }

    /// Runs the `python3` on the PATH (the one scripts/install-deps.sh installs modules for).
    public static func python(_ arguments: [String]) throws -> SkillsRunner.Output {
        try run("/usr/bin/env", ["python3"] + arguments)
    }
}
