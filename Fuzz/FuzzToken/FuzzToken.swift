import FuzzSupport
import SkillsCore

@testable import SkillsServices

/// The shipped curriculum, read once: format 2 tokens only decode past their header when the curriculum they name
/// is known, so fuzzing against a real one reaches the module, area and award branches.
let curriculum: Curriculum = {
    do {
        return try CurriculumYAML.read(RepositoryFiles.text("Curricula/eds-life.yaml"), file: "eds-life.yaml")
    } catch {
        fatalError("fuzz set-up: \(error)")
    }
}()

/// Reads the input as scanned text with `CertificateToken(finding:…)` (both formats), and its raw bytes as compact
/// facts, so the decoder is fuzzed with and without the decimal-digit layer in front.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lookup = { (id: String, version: Int) in id == curriculum.id && version == curriculum.version ? curriculum : nil }
    if let token = CertificateToken(finding: String(decoding: bytes, as: UTF8.self), issuer: "Fuzz", curricula: lookup) {
        _ = token.text
    }
    var compact = bytes
    if !compact.isEmpty { compact[0] = CompactFacts.format }
    _ = CompactFacts.decode(compact, issuer: "Fuzz", curricula: lookup)
    return 0
}

/// Runs libFuzzer, or replays the files named on the command line in a build without it.
@main
enum Main {
    static func main() { runFuzzTarget(fuzz) }
}
