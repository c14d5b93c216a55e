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
func jsonString(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

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
