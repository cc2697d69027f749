import ArgumentParser

/// `skills certificate`: issue, verify, revoke and export certificates.
struct CertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate", abstract: "Issue, list, verify and revoke certificates; export Open Badges.",
        subcommands: [
            IssueCertificates.self, ListCertificates.self, VerifyCertificate.self, RevokeCertificate.self, BadgeCertificate.self,
            WriteVerifyPage.self, DrawPendingCertificates.self,
        ])
}
