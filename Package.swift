// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "DigitalSkills",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "skills", targets: ["skills"]),
        .library(name: "SkillsCommands", targets: ["SkillsCommands"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        // Already in the build through postgres-nio and hummingbird; named so `skills serve` can read its TLS files.
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
    ],
    targets: [
        // Domain types and rules: no I/O, Foundation only.
        .target(name: "SkillsCore"),
        // The store protocols: one per feature, domain types in and out, no database types.
        .target(name: "SkillsStore", dependencies: ["SkillsCore", .product(name: "Crypto", package: "swift-crypto")]),
        // The embedded SQLite store (GRDB): the only target that imports GRDB.
        .target(
            name: "SkillsSQLite",
            dependencies: [
                "SkillsCore",
                "SkillsStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The PostgreSQL store, for programmes shared by many servers: the only product target that imports PostgresNIO.
        .target(
            name: "SkillsPostgres",
            dependencies: [
                "SkillsCore",
                "SkillsStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Chooses the store a `--db` value names, for every door.
        .target(name: "SkillsStoreFactory", dependencies: ["SkillsCore", "SkillsStore", "SkillsSQLite", "SkillsPostgres"]),
        // C libraries for drawing, each behind a system-library target.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo-pdf", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // Certificates and reports: laid out as display lists, drawn with Cairo and Pango.
        .target(name: "SkillsRendering", dependencies: ["CCairo", "CPango", "CQRencode"]),
        // The use cases every door shares: roles, validation, the certificate and report engines.
        .target(
            name: "SkillsServices",
            dependencies: [
                "SkillsCore",
                "SkillsStore",
                "SkillsRendering",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            plugins: ["EmbedShippedData"]
        ),
        // Builds Curricula/, Reports/regions/ and VerifyPage/ into the binary, so a copied binary works anywhere.
        .executableTarget(name: "ShippedDataEmbedder", path: "Plugins/ShippedDataEmbedder"),
        .plugin(name: "EmbedShippedData", capability: .buildTool(), dependencies: ["ShippedDataEmbedder"]),
        // The web door: translates HTTP requests into service calls and draws the answers as HTML or JSON.
        .target(
            name: "SkillsServer",
            dependencies: [
                "SkillsCore",
                "SkillsStore",
                "SkillsServices",
                "SkillsRendering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Resources"],
            plugins: ["EmbedShippedData"]
        ),
        // The command tree: parses arguments, calls a service, prints the answer.
        .target(
            name: "SkillsCommands",
            dependencies: [
                "SkillsCore",
                "SkillsStore",
                "SkillsSQLite",
                "SkillsStoreFactory",
                "SkillsServices",
                "SkillsServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The thin `skills` executable.
        .executableTarget(name: "skills", dependencies: ["SkillsCommands"]),
        .target(name: "SkillsTestSupport", path: "Tests/SkillsTestSupport"),
        .testTarget(name: "SkillsCoreTests", dependencies: ["SkillsCore", "SkillsTestSupport"]),
        .testTarget(name: "SkillsRenderingTests", dependencies: ["SkillsRendering"]),
        // One suite for every store implementation: the same tests, whatever the database.
        .testTarget(
            name: "SkillsStoreContractTests",
            dependencies: [
                "SkillsCore", "SkillsStore", "SkillsSQLite", "SkillsPostgres", "SkillsTestSupport",
                // For the buffers `CopyText` writes into.
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
        .testTarget(
            name: "SkillsServicesTests", dependencies: ["SkillsCore", "SkillsStore", "SkillsSQLite", "SkillsServices", "SkillsTestSupport"]),
        // The web door in process: every route and every refusal, through HummingbirdTesting.
        .testTarget(
            name: "SkillsServerTests",
            dependencies: [
                "SkillsCore", "SkillsStore", "SkillsSQLite", "SkillsStoreFactory", "SkillsServices", "SkillsServer", "SkillsTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        // Runs the built `skills` binary; depending on it means `swift test` always rebuilds it first.
        .testTarget(
            name: "SkillsEndToEndTests",
            dependencies: ["SkillsTestSupport", "SkillsCore", "SkillsRendering", "skills"],
            exclude: ["Fixtures"]
        ),
        // libFuzzer targets (scripts/fuzz.sh), outside Sources because nothing ships them. SwiftPM links each
        // executable's `main` to its own `@main`, so libFuzzer's `main` can never run: built with -D FUZZING the `@main`
        // hands over to `LLVMFuzzerRunDriver`; a plain `swift build` makes it a replayer of files instead, so the
        // products always link and an input replays without the sanitizers. `@testable` reaches the internal file
        // readers, so they build in debug only, as fuzzing does.
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"], path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", "SkillsCore"], path: "Fuzz/FuzzCSV"),
        .executableTarget(name: "FuzzToken", dependencies: ["FuzzSupport", "SkillsCore", "SkillsServices"], path: "Fuzz/FuzzToken"),
        .executableTarget(name: "FuzzCurriculum", dependencies: ["FuzzSupport", "SkillsServices"], path: "Fuzz/FuzzCurriculum"),
        .executableTarget(name: "FuzzRegions", dependencies: ["FuzzSupport", "SkillsCore", "SkillsServices"], path: "Fuzz/FuzzRegions"),
    ],
    swiftLanguageModes: [.v6]
)
