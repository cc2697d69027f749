import FuzzSupport

@testable import SkillsServices

/// Reads the input as a curriculum file; any error it throws is the answer a person would see, a crash is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? CurriculumYAML.read(text, file: "fuzz.yaml")
    return 0
}

/// Runs libFuzzer, or replays the files named on the command line in a build without it.
@main
enum Main {
    static func main() { runFuzzTarget(fuzz) }
}
