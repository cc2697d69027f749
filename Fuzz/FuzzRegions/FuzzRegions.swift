import FuzzSupport
import SkillsCore

@testable import SkillsServices

/// Reads the input both as the regions file and as the local-authority reference table: the two loaders share the
/// CSV parser but check their rows differently, and both are read from files a person edits.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? RegionsCSV.read(text, file: "fuzz.csv")
    _ = try? LocalAuthorityReference.read(text, file: "fuzz.csv")
    return 0
}

/// Runs libFuzzer, or replays the files named on the command line in a build without it.
@main
enum Main {
    static func main() { runFuzzTarget(fuzz) }
}
