import CLibFuzzer
import Foundation

/// The signature libFuzzer calls for each input.
public typealias FuzzEntry = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

/// Starts a fuzz target: libFuzzer's driver when built with `-D FUZZING`, the replayer otherwise.
///
/// SwiftPM links every executable's `main` to the module's own entry point, so libFuzzer's `main` never runs; each
/// target's `@main` calls this, and libFuzzer takes its usual flags through `LLVMFuzzerRunDriver`.
public func runFuzzTarget(_ entry: FuzzEntry) -> Never {
    #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, entry))
    #else
        FuzzReplay.run(entry)
        exit(0)
    #endif
}
