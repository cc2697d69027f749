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
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
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
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return .init(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Runs the `python3` on the PATH (the one scripts/install-deps.sh installs modules for).
    public static func python(_ arguments: [String]) throws -> SkillsRunner.Output {
        try run("/usr/bin/env", ["python3"] + arguments)
    }
}
