// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "csp-migrate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "csp-migrate", targets: ["csp-migrate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Non-variadic wrappers over libedit's el_set/el_get/history, which Swift cannot call.
        .target(
            name: "CLibEdit",
            linkerSettings: [.linkedLibrary("edit")]
        ),
        // Memory tuning of the C library, which Swift cannot reach (malloc.h).
        .target(name: "CMemory"),
        // libpq, loaded at run time only when a team store (postgresql://) is opened; the
        // headers come from libpq-dev, the library from libpq5.
        .target(
            name: "CLibPQ",
            linkerSettings: [.linkedLibrary("dl")]
        ),
        // The domain: customers, subscriptions, the four steps and every rule. Pure, Foundation only.
        .target(name: "MigrationGuide"),
        // Where the portfolio lives between commands.
        .target(name: "MigrationStore", dependencies: ["MigrationGuide", "CLibPQ", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // Parsing, commands, the session loop, replies and their rendering, line readers, transcripts.
        .target(name: "Assistant", dependencies: ["MigrationGuide", "MigrationStore", "CLibEdit", "SwiftCSV"], plugins: ["BuildInfo"]),
        // The version (from VERSION) and the commit a build comes from, for `--version` and `version`.
        .plugin(name: "BuildInfo", capability: .buildTool()),
        .executableTarget(
            name: "csp-migrate",
            dependencies: [
                "Assistant",
                "CMemory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark harness (Benchmarks/run.py drives it); not part of the product.
        .executableTarget(
            name: "csp-bench",
            dependencies: ["Assistant", "MigrationStore", "MigrationGuide"],
            path: "Benchmarks/Harness"
        ),
        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer); not part of the product.
        .target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"),
        .executableTarget(name: "fuzz-parser", dependencies: ["FuzzDriver", "Assistant", "MigrationStore", "MigrationGuide"], path: "Fuzz/FuzzParser"),
        .executableTarget(name: "fuzz-transcript", dependencies: ["FuzzDriver", "Assistant", "MigrationStore"], path: "Fuzz/FuzzTranscript"),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzDriver", "Assistant", "MigrationGuide"], path: "Fuzz/FuzzCSV"),
        .executableTarget(name: "fuzz-graph", dependencies: ["FuzzDriver", "Assistant", "MigrationGuide"], path: "Fuzz/FuzzGraph"),
        .testTarget(name: "MigrationGuideTests", dependencies: [
            "MigrationGuide", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        // A private schema per test on the throwaway PostgreSQL server of the test run.
        .target(name: "StoreTestSupport", dependencies: ["MigrationStore"], path: "Tests/StoreTestSupport"),
        .testTarget(name: "MigrationStoreTests", dependencies: [
            "MigrationStore", "MigrationGuide", "StoreTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "AssistantTests", dependencies: [
            "Assistant", "MigrationStore", "MigrationGuide", "StoreTestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["Assistant", "StoreTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
