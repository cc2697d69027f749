import ArgumentParser
import SkillsServices

/// `skills programme set --verify-url URL`: where certificates' QR codes send whoever scans them.
struct SetProgramme: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set the programme's verify address.",
        discussion: """
            Example:  skills programme set --verify-url https://skills.example.org/verify
            Publish the page `skills certificate verify-page --out DIR` writes at that address first. Certificates
            issued from now on carry the address in their QR codes; earlier ones keep what they were printed with.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: ArgumentHelp("The https:// address of the published verify page.", valueName: "url")) var verifyURL: String

    func run() async throws {
        let address = try await ProgrammeService(try await programme.services()).setVerifyURL(verifyURL, by: programme.actorName)
        print("certificates issued from now on open \(address)#… when scanned")
    }
}
