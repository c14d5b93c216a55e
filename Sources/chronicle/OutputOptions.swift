import ArgumentParser
import Foundation

/// How a command prints records: `jsonl` (one JSON object a line) or `table` (aligned columns
/// for reading in a terminal).
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case jsonl
    case table
}

/// The output options shared by commands that print records: `--format` and `-o`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .jsonl

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    /// A writer for the chosen destination.
    func makeWriter() throws -> OutputWriter {
        try OutputWriter(path: output)
    }
}

/// Buffered line output to standard output or a file.
final class OutputWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let ownsHandle: Bool

    /// Opens `path` for writing (created or truncated), or standard output when nil.
    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write to \(path)")
            }
            self.handle = handle
            ownsHandle = true
        } else {
            handle = FileHandle.standardOutput
            ownsHandle = false
        }
        buffer.reserveCapacity(1 << 16)
    }

    /// Writes `line` and a newline.
    func writeLine(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        flush()
        if ownsHandle { try? handle.close() }
    }
}
