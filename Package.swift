// swift-tools-version:6.1
import PackageDescription

// MARK: - Dependencies

let argumentParser = Package.Dependency.package(
    url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")

// MARK: - Settings

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ChronicleCore", targets: ["ChronicleCore"]),
        .library(name: "ChronicleReports", targets: ["ChronicleReports"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
    ],
    dependencies: [argumentParser],
    targets: [
        // MARK: Core engine (Foundation only): documents, text, syntax, time, actors, events
        .target(
            name: "ChronicleCore",
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: Reports: timelines, trends, digests, SVG charts
        .target(
            name: "ChronicleReports",
            dependencies: ["ChronicleCore"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: Command-line interface
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleCore",
                "ChronicleReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Benchmarks (figures, not tests)
        .executableTarget(
            name: "chronicle-bench",
            dependencies: ["ChronicleCore"],
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
            name: "ChronicleReportsTests",
            dependencies: ["ChronicleReports"],
            resources: [.copy("Golden")],
            swiftSettings: swiftSettings
        ),
    ]
)
