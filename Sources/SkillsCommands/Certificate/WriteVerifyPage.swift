import ArgumentParser
import SkillsServices

/// `skills certificate verify-page --out DIR`: the static page a certificate's QR code opens.
struct WriteVerifyPage: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-page", abstract: "Write the static web page that checks certificates in the browser.",
        discussion: """
            Example:  skills certificate verify-page --out site/verify
            Writes index.html, verify.css, verify.js and verify-data.js (the programme's public keys and curricula).
            Publish the folder on any static web host, then point certificates at it with
            `skills programme set --verify-url https://…/verify`. The page checks the Ed25519 signature with the
            browser's WebCrypto; the certificate travels in the address's fragment, which browsers never send to a
            server. It cannot know about withdrawals, and says so. Run it again after a curriculum or key changes.
            """)

    @OptionGroup var programme: ProgrammeOptions
    @Option(help: ArgumentHelp("The folder to write the page into.", valueName: "dir")) var out: String

    func run() async throws {
        _ = try await VerifyPageService(try await programme.services()).write(to: out, by: programme.actorName)
        print("wrote the verify page to \(out)/ (index.html, verify.css, verify.js, verify-data.js)")
        print("publish it, then run `skills programme set --verify-url https://…/verify` with its address")
    }
}
