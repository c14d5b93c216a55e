import Foundation

/// Appends little-endian scalars and arrays to a byte buffer: the writing half of Chronicle's
/// compact model files.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) { write(value.bitPattern) }

    mutating func write(_ text: String) {
        let utf8 = Array(text.utf8)
        write(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func write(strings: [String]) {
        write(UInt32(strings.count))
        for s in strings { write(s) }
    }

    mutating func write(bytes more: [UInt8]) {
        write(UInt32(more.count))
        bytes.append(contentsOf: more)
    }

    mutating func write(uint32s values: [UInt32]) {
        write(UInt32(values.count))
        bytes.reserveCapacity(bytes.count + values.count * 4)
        for v in values { write(v) }
    }

    mutating func write(float16s values: [Float16]) {
        write(UInt32(values.count))
        bytes.reserveCapacity(bytes.count + values.count * 2)
        for v in values {
            withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }
}

/// Reads what ``BinaryWriter`` wrote, checking bounds; a short or damaged file throws.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0
    private let source: String

    init(bytes: [UInt8], source: String) {
        self.bytes = bytes
        self.source = source
    }

    private func need(_ count: Int) throws {
        guard count >= 0, offset + count <= bytes.count else {
            throw SyntaxError(code: .badModel, message: "\(source): truncated model file at byte \(offset)")
        }
    }

    mutating func readUInt32() throws -> UInt32 {
        try need(4)
        let v = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
        offset += 4
        return UInt32(littleEndian: v)
    }

    mutating func readFloat() throws -> Float { Float(bitPattern: try readUInt32()) }

    mutating func readString() throws -> String {
        let count = Int(try readUInt32())
        try need(count)
        defer { offset += count }
        return String(decoding: bytes[offset ..< offset + count], as: UTF8.self)
    }

    mutating func readStrings() throws -> [String] {
        let count = Int(try readUInt32())
        return try (0 ..< count).map { _ in try readString() }
    }

    mutating func readBytes() throws -> [UInt8] {
        let count = Int(try readUInt32())
        try need(count)
        defer { offset += count }
        return Array(bytes[offset ..< offset + count])
    }

    mutating func readUInt32s() throws -> [UInt32] {
        let count = Int(try readUInt32())
        try need(count * 4)
        let start = offset
        offset += count * 4
        return bytes.withUnsafeBytes { raw in
            (0 ..< count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + $0 * 4, as: UInt32.self)) }
        }
    }

    mutating func readFloat16s() throws -> [Float16] {
        let count = Int(try readUInt32())
        try need(count * 2)
        let start = offset
        offset += count * 2
        return bytes.withUnsafeBytes { raw in
            (0 ..< count).map {
                Float16(bitPattern: UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: start + $0 * 2, as: UInt16.self)))
            }
        }
    }

    /// Checks the 4-byte magic and that the version is in `versions`; returns the version.
    mutating func expectHeader(magic: String, versions: ClosedRange<UInt32>) throws -> UInt32 {
        let m = Array(magic.utf8)
        try need(m.count)
        guard Array(bytes[offset ..< offset + m.count]) == m else {
            throw SyntaxError(code: .badModel, message: "\(source): not a \(magic) model file")
        }
        offset += m.count
        let v = try readUInt32()
        guard versions.contains(v) else {
            throw SyntaxError(code: .badModel, message: "\(source): model version \(v), expected \(versions)")
        }
        return v
    }

    /// Checks the 4-byte magic and the version that start every model file.
    mutating func expectHeader(magic: String, version: UInt32) throws {
        let m = Array(magic.utf8)
        try need(m.count)
        guard Array(bytes[offset ..< offset + m.count]) == m else {
            throw SyntaxError(code: .badModel, message: "\(source): not a \(magic) model file")
        }
        offset += m.count
        let v = try readUInt32()
        guard v == version else {
            throw SyntaxError(code: .badModel, message: "\(source): model version \(v), expected \(version)")
        }
    }
}

extension BinaryWriter {
    /// Writes the 4-byte magic and the version.
    mutating func writeHeader(magic: String, version: UInt32) {
        bytes.append(contentsOf: Array(magic.utf8))
        write(version)
    }
}
