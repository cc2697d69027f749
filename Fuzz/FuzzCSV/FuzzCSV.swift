import FuzzSupport
import SkillsCore

/// Feeds the input to `CSVParser` in two chunks, split where the first byte says, then finishes it, so records and
/// byte-order marks broken across `feed` calls are fuzzed too; every field of every record is read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let split = size == 0 ? 0 : Int(input[0]) % (size + 1)
    var parser = CSVParser()
    func read(_ record: inout CSVRecord) {
        for index in 0..<record.count {
            _ = record.string(at: index)
            _ = record.isEmpty(at: index)
        }
        _ = record.strings
    }
    parser.feed(UnsafeBufferPointer(rebasing: input[..<split]), emit: read)
    parser.feed(UnsafeBufferPointer(rebasing: input[split...]), emit: read)
    parser.finish(emit: read)
    return 0
}

/// Runs libFuzzer, or replays the files named on the command line in a build without it.
@main
enum Main {
    static func main() { runFuzzTarget(fuzz) }
}
