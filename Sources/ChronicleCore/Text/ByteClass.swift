/// Byte and scalar classes the tokenizer and sentence splitter share.
///
/// They work on normalized UTF-8 (see ``NormalizedText``): ASCII decides almost everything,
/// and a non-ASCII scalar is a letter unless it is one of the symbols listed here.
enum ByteClass {
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0B || b == 0x0C || b == 0x0D
    }

    /// The length of the UTF-8 sequence that starts with `b` (1 for stray continuation bytes).
    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    /// Decodes the scalar at `i` (bytes are valid UTF-8: they come from a `String`).
    @inline(__always) static func scalar(_ bytes: [UInt8], _ i: Int) -> UInt32 {
        let b = bytes[i]
        if b < 0x80 { return UInt32(b) }
        let length = sequenceLength(b)
        var value: UInt32 = length == 2 ? UInt32(b & 0x1F) : length == 3 ? UInt32(b & 0x0F) : UInt32(b & 0x07)
        var k = i + 1
        let end = min(i + length, bytes.count)
        while k < end {
            value = (value << 6) | UInt32(bytes[k] & 0x3F)
            k += 1
        }
        return value
    }

    /// Non-ASCII scalars that are symbols or punctuation rather than letters.
    static func isSymbolScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x00A1...0x00BF, 0x00D7, 0x00F7: return true           // ¡ ¢ £ ¥ § © ® ° ± · ¿ × ÷
        case 0x2016...0x205E: return true                          // general punctuation, bullets
        case 0x20A0...0x20CF: return true                          // currency
        case 0x2100...0x214F: return true                          // letterlike (™, №)
        case 0x2190...0x23FF: return true                          // arrows, math
        case 0x2500...0x27BF: return true                          // boxes, shapes, dingbats
        case 0x3000...0x3003, 0x3008...0x3011: return true         // CJK punctuation
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20: return true         // full-width punctuation
        case 0x1F000...0x1FAFF: return true                        // emoji
        default: return false
        }
    }

    /// Whether the scalar starting at `i` is a bullet used to start list items.
    static func isBullet(_ bytes: [UInt8], _ i: Int) -> Bool {
        let v = scalar(bytes, i)
        return v == 0x2022 || v == 0x2023 || v == 0x25CF || v == 0x25AA || v == 0x25A0 || v == 0x00B7
            || v == 0x2043 || v == 0x25E6 || v == 0x27A2 || v == 0x2013
    }

    /// Whether the position starts a letter (ASCII or a non-symbol non-ASCII scalar).
    @inline(__always) static func isLetter(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILetter(b) }
        if b < 0xC0 { return true }   // continuation byte: part of a letter already begun
        return !isSymbolScalar(scalar(bytes, i))
    }

    /// Whether the position starts an uppercase letter. Non-ASCII letters count as capitals
    /// when they are Latin-1 capitals (À–Þ) or from scripts without case.
    static func isUpperStart(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isUpper(b) }
        let v = scalar(bytes, i)
        if isSymbolScalar(v) { return false }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        if v >= 0xDF && v < 0x250 { return v % 2 == 0 && v >= 0x100 }   // Latin Extended-A: even = capital
        return v >= 0x2E80   // CJK and other caseless scripts
    }
}
