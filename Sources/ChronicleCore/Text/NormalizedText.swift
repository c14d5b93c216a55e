/// Text with typographic variants folded to ASCII, and a map back to the original.
///
/// News text mixes curly and straight quotes, en and em dashes, non-breaking spaces and
/// invisible characters. Every later stage wants one form of each, but every offset that
/// Chronicle reports must index the *original* text. `NormalizedText` keeps both: the
/// normalized UTF-8 ``bytes`` that scanners work on, and for each byte the Unicode scalar
/// offset (and UTF-8 offset) of the original character it came from.
///
/// What is folded: `‘ ’ ‚ ‛ ′ ʼ ‹ ›` → `'`; `“ ” „ ‟ ″ « »` → `"`; `‐ ‑ ‒ – − －` → `-`;
/// `— ― ⸺ ⸻` → `--`; `…` → `...`; no-break and other wide spaces → space; `\r\n` and `\r` →
/// `\n`; U+2028, U+2029 and U+0085 → `\n`. Zero-width spaces, word joiners, soft hyphens,
/// the Mongolian vowel separator and byte-order marks are dropped. The zero-width joiner and
/// non-joiner are kept: they hold emoji sequences (`👨‍👩‍👧`) and Persian or Indic words together.
/// Everything else is copied unchanged, so the normalized text is never longer than the original.
///
/// A normalized byte range maps to the original characters whose *first* normalized byte lies
/// in it (see ``scalarRange(_:)``): characters dropped inside the range are included, dropped
/// characters at its edges are not, and ranges that follow each other map to ranges that do too.
///
/// ```swift
/// let n = NormalizedText("Japan’s “offer”")
/// n.string(0..<n.bytes.count)        // "Japan's \"offer\""
/// n.scalarRange(8..<15)              // 8..<15 in the original
/// n.originalString(8..<15)           // "“offer”"
/// ```
public struct NormalizedText: Sendable {
    /// The text as given.
    public let original: String
    /// The normalized text as UTF-8.
    public let bytes: [UInt8]
    /// For each normalized byte (and one past the end), the original Unicode scalar offset.
    @usableFromInline let scalarOffsets: [Int32]
    /// For each normalized byte (and one past the end), the original UTF-8 offset.
    @usableFromInline let utf8Offsets: [Int32]
    private let originalUTF8: [UInt8]

    /// Normalizes `text` (under 2 GB of UTF-8: offsets are stored as `Int32` to halve the map).
    public init(_ text: String) {
        original = text
        let src = Array(text.utf8)
        let n = src.count
        precondition(n < Int(Int32.max), "NormalizedText holds offsets as Int32: a text must be under 2 GB")
        var written = 0
        var scalars = [Int32]()
        var offsets = [Int32]()
        // The normalized text is never longer than the original: fill uninitialized storage.
        let out = [UInt8](unsafeUninitializedCapacity: n) { o, outCount in
            scalars = [Int32](unsafeUninitializedCapacity: n + 1) { sc, scalarCount in
                offsets = [Int32](unsafeUninitializedCapacity: n + 1) { u8, offsetCount in
                    written = src.withUnsafeBufferPointer { s in
                        NormalizedText.fold(s, into: o, scalars: sc, offsets: u8)
                    }
                    offsetCount = written + 1
                }
                scalarCount = written + 1
            }
            outCount = written
        }
        originalUTF8 = src
        bytes = out
        scalarOffsets = scalars
        utf8Offsets = offsets
    }

    /// The folding pass: writes normalized bytes and their offsets, returns how many bytes.
    private static func fold(_ s: UnsafeBufferPointer<UInt8>, into o: UnsafeMutableBufferPointer<UInt8>,
                             scalars sc: UnsafeMutableBufferPointer<Int32>,
                             offsets u8: UnsafeMutableBufferPointer<Int32>) -> Int {
        let n = s.count
        var w = 0
        var i = 0
        var scalar: Int32 = 0
        @inline(__always) func emit(_ b: UInt8, _ at: Int) {
            o[w] = b
            sc[w] = scalar
            u8[w] = Int32(truncatingIfNeeded: at)
            w += 1
        }
        while i < n {
            // A run of plain ASCII copies as is, with consecutive offsets (the common case).
            var r = asciiRunEnd(s, from: i)
            while r < n, s[r] < 0x80, s[r] != 0x0D { r += 1 }
            if r > i {
                let length = r - i
                (o.baseAddress! + w).update(from: s.baseAddress! + i, count: length)
                let firstOffset = Int32(truncatingIfNeeded: i)
                fillCounting(sc, at: w, count: length, from: scalar)
                fillCounting(u8, at: w, count: length, from: firstOffset)
                w += length
                scalar += Int32(truncatingIfNeeded: length)
                i = r
                if i == n { break }
            }
            let b = s[i]
            if b < 0x80 {
                if b != 0x0D {
                    emit(b, i)
                } else if i + 1 >= n || s[i + 1] != 0x0A {
                    emit(0x0A, i)
                }   // else: \r\n — the \r disappears, the \n that follows is copied
                i += 1
                scalar += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            let end = min(i + length, n)
            var value: UInt32 = length == 2 ? UInt32(b & 0x1F) : length == 3 ? UInt32(b & 0x0F) : UInt32(b & 0x07)
            var k = i + 1
            while k < end {
                value = (value << 6) | UInt32(s[k] & 0x3F)
                k += 1
            }
            switch value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x2039, 0x203A:
                emit(UInt8(ascii: "'"), i)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB:
                emit(UInt8(ascii: "\""), i)
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFF0D:
                emit(UInt8(ascii: "-"), i)
            case 0x2014, 0x2015, 0x2E3A, 0x2E3B:
                emit(UInt8(ascii: "-"), i)
                emit(UInt8(ascii: "-"), i)
            case 0x2026:
                emit(UInt8(ascii: "."), i)
                emit(UInt8(ascii: "."), i)
                emit(UInt8(ascii: "."), i)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                emit(UInt8(ascii: " "), i)
            case 0x2028, 0x2029, 0x0085:
                emit(0x0A, i)
            case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E:
                break
            default:
                for j in i..<end { emit(s[j], i) }
            }
            i = end
            scalar += 1
        }
        sc[w] = scalar
        u8[w] = Int32(truncatingIfNeeded: n)
        return w
    }

    /// Writes `first, first + 1, …` into `count` slots from `at`, eight at a time.
    @inline(__always)
    private static func fillCounting(_ buffer: UnsafeMutableBufferPointer<Int32>, at: Int, count: Int, from first: Int32) {
        let raw = UnsafeMutableRawPointer(buffer.baseAddress! + at)
        var values = SIMD8<Int32>(repeating: first) &+ SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
        var k = 0
        while k + 8 <= count {
            raw.storeBytes(of: values, toByteOffset: k &* 4, as: SIMD8<Int32>.self)
            values &+= 8
            k += 8
        }
        while k < count {
            buffer[at + k] = first &+ Int32(truncatingIfNeeded: k)
            k += 1
        }
    }

    /// Skips 8 bytes at a time while they are all ASCII and none is a carriage return.
    @inline(__always)
    private static func asciiRunEnd(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = s.baseAddress else { return i }
        var r = i
        while r + 8 <= s.count {
            let word = UnsafeRawPointer(base + r).loadUnaligned(as: UInt64.self)
            let x = word ^ 0x0D0D_0D0D_0D0D_0D0D   // a zero byte where a \r was
            let hasCR = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
            if (word & 0x8080_8080_8080_8080) | hasCR != 0 { break }
            r += 8
        }
        return r
    }

    /// The normalized text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The Unicode scalar range of the original text that a normalized byte range came from:
    /// the original characters whose first normalized byte lies in `range`.
    ///
    /// For `"a — b"` (normalized `"a -- b"`), `scalarRange(2..<4)` is `2..<3`, the em dash.
    public func scalarRange(_ range: Range<Int>) -> Range<Int> {
        let start = firstCovered(range.lowerBound)
        guard range.upperBound > range.lowerBound else { return start..<start }
        let last = Int(scalarOffsets[range.upperBound - 1])
        return start..<(last >= start ? last + 1 : start)
    }

    /// The original UTF-8 byte range that a normalized byte range came from (the same
    /// characters as ``scalarRange(_:)``).
    public func originalUTF8Range(_ range: Range<Int>) -> Range<Int> {
        let l = range.lowerBound
        var start = Int(utf8Offsets[l])
        if isInsideCharacter(l) { start += originalLength(at: start) }
        guard range.upperBound > l else { return start..<start }
        let last = Int(utf8Offsets[range.upperBound - 1])
        return start..<(last >= start ? last + originalLength(at: last) : start)
    }

    /// The original text of a normalized byte range (curly quotes and all).
    public func originalString(_ range: Range<Int>) -> String {
        String(decoding: originalUTF8[originalUTF8Range(range)], as: UTF8.self)
    }

    /// The number of Unicode scalars in the original text.
    public var originalScalarCount: Int { Int(scalarOffsets[scalarOffsets.count - 1]) }

    /// The index of the first original character whose first normalized byte is at or after `l`.
    @inline(__always) private func firstCovered(_ l: Int) -> Int {
        let s = Int(scalarOffsets[l])
        return isInsideCharacter(l) ? s + 1 : s
    }

    /// Whether normalized byte `l` continues the original character of byte `l - 1`.
    @inline(__always) private func isInsideCharacter(_ l: Int) -> Bool {
        l > 0 && l < bytes.count && scalarOffsets[l - 1] == scalarOffsets[l]
    }

    /// The UTF-8 length of the original character starting at byte `at`.
    @inline(__always) private func originalLength(at: Int) -> Int {
        guard at < originalUTF8.count else { return 0 }
        let b = originalUTF8[at]
        return b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
    }
}
