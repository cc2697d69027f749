import Foundation

/// Runs a fuzz entry point over the files named on the command line.
///
/// A build without libFuzzer links this instead of libFuzzer's `main`, so `swift build` still links every fuzz
/// product and a crashing input can be replayed under a debugger with no sanitizer toolchain.
public enum FuzzReplay {
    /// Feeds each file's bytes to `entry`, in order.
    public static func run(_ entry: FuzzEntry) {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                continue
            }
            // One byte past the end, so an empty input still has a pointer, as libFuzzer gives it.
            let bytes = [UInt8](data) + [0]
            _ = bytes.withUnsafeBufferPointer { entry($0.baseAddress!, data.count) }
        }
    }
}
