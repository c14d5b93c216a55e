// swift-tools-version:6.1
import PackageDescription

// MARK: - Dependencies

let argumentParser = Package.Dependency.package(
    url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
let grdb = Package.Dependency.package(
    url: "https://github.com/groue/GRDB.swift", from: "7.10.0")
let postgresNIO = Package.Dependency.package(
    url: "https://github.com/vapor/postgres-nio", from: "1.33.2")
let hummingbird = Package.Dependency.package(
    url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1")
// Hummingbird's own dependencies, imported directly by the server target.
let swiftNIO = Package.Dependency.package(url: "https://github.com/apple/swift-nio", from: "2.101.2")
let httpTypes = Package.Dependency.package(url: "https://github.com/apple/swift-http-types", from: "1.8.0")
let swiftLog = Package.Dependency.package(url: "https://github.com/apple/swift-log", from: "1.16.2")
// multipart/form-data parsing for the ingest page's file upload.
let multipartKit = Package.Dependency.package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1")

// MARK: - Settings

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ChronicleCore", targets: ["ChronicleCore"]),
        .library(name: "ChronicleStore", targets: ["ChronicleStore"]),
        .library(name: "ChronicleSQLite", targets: ["ChronicleSQLite"]),
        .library(name: "ChroniclePostgres", targets: ["ChroniclePostgres"]),
        .library(name: "ChronicleReports", targets: ["ChronicleReports"]),
        .library(name: "ChronicleServer", targets: ["ChronicleServer"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
    ],
    dependencies: [argumentParser, grdb, postgresNIO, hummingbird, swiftNIO, httpTypes, swiftLog, multipartKit],
    targets: [
        // MARK: Core engine (Foundation only): documents, text, syntax, time, actors, events
        .target(
            name: "ChronicleCore",
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: Store: one protocol, merging and ingest; SQLite and PostgreSQL backends
        .target(
            name: "ChronicleStore",
            dependencies: ["ChronicleCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ChronicleSQLite",
            dependencies: [
                "ChronicleStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ChroniclePostgres",
            dependencies: [
                "ChronicleStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Reports: timelines, trends, digests, SVG charts
        .target(
            name: "ChronicleReports",
            dependencies: ["ChronicleCore", "ChronicleStore"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: Server: web UI and JSON API (`chronicle serve`)
        .target(
            name: "ChronicleServer",
            dependencies: [
                "ChronicleCore",
                "ChronicleStore",
                "ChronicleReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: Command-line interface
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleCore",
                "ChronicleStore",
                "ChronicleSQLite",
                "ChroniclePostgres",
                "ChronicleReports",
                "ChronicleServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Benchmarks (figures, not tests)
        .executableTarget(
            name: "chronicle-bench",
            dependencies: [
                "ChronicleCore", "ChronicleStore", "ChronicleSQLite", "ChroniclePostgres", "ChronicleReports",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .testTarget(
            name: "ChronicleCoreTests",
            dependencies: ["ChronicleCore"],
            resources: [.copy("Corpora")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChronicleStoreTests",
            dependencies: ["ChronicleStore", "ChronicleSQLite", "ChroniclePostgres", "chronicle"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChronicleReportsTests",
            dependencies: ["ChronicleReports"],
            resources: [.copy("Golden")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChronicleServerTests",
            dependencies: [
                "ChronicleServer",
                "ChronicleStore",
                "ChronicleReports",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
