import ChronicleCore
import Foundation

/// Buffered writing to standard output or a file.
final class OutputStream: @unchecked Sendable {
    private let handle: FileHandle
    private var buffer = [UInt8]()

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    static let standardOutput = OutputStream(handle: .standardOutput)

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// Prints `chronicle: error: <message>` on standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("chronicle: error: \(message)\n".utf8))
}

/// A JSON string literal for `s`, with the escapes JSON requires.
func jsonString(_ s: String) -> String { JSONText.quoted(s) }

/// Reads a file (or `-` for standard input) as UTF-8 text.
func readPlainText(_ path: String) throws -> String {
    let data: Data
    if path == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return String(decoding: data, as: UTF8.self)
}
