/// Normalized UTF-8 as the scanners see it: a buffer pointer, so that hot loops pay for no
/// copy-on-write or bounds bookkeeping beyond a length check.
typealias TextBytes = UnsafeBufferPointer<UInt8>

/// Byte and scalar classes the tokenizer and sentence splitter share.
///
/// They work on normalized UTF-8 (see ``NormalizedText``): ASCII decides almost everything. A
/// non-ASCII scalar is a letter unless it is listed here as punctuation, a symbol or an
/// extender (a combining mark, variation selector, emoji modifier or joiner that continues the
/// character before it).
enum ByteClass {
    /// Bits of ``table``: an ASCII letter or digit (a word byte).
    static let wordBit: UInt8 = 1
    /// Bits of ``table``: whitespace.
    static let spaceBit: UInt8 = 2
    /// Bits of ``table``: whitespace or punctuation after which a plain word cannot continue
    /// (`,` `;` `)` `"` `?` `!`).
    static let plainEndBit: UInt8 = 4

    /// A class for each byte value, for the scanners' tightest loops (allocated once, never freed).
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for v in 0..<256 {
            let b = UInt8(v)
            var c: UInt8 = 0
            if isASCIILetter(b) || isDigit(b) { c |= wordBit }
            if isSpace(b) { c |= spaceBit | plainEndBit }
            if ",;)\"?!".utf8.contains(b) { c |= plainEndBit }
            t[v] = c
        }
        return UnsafePointer(t)
    }()

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool {
        (b &- 0x41) < 26 || (b &- 0x61) < 26
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { (b &- 0x30) < 10 }

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { (b &- 0x41) < 26 }

    @inline(__always) static func isLower(_ b: UInt8) -> Bool { (b &- 0x61) < 26 }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// The length of the UTF-8 sequence that starts with `b` (1 for stray continuation bytes).
    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    /// Decodes the scalar at `i` (bytes are valid UTF-8: they come from a `String`).
    @inline(__always) static func scalar(_ bytes: TextBytes, _ i: Int) -> UInt32 {
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

    /// Non-ASCII punctuation: tokens of kind `.punctuation` (`。`, `、`, `«`, `¿`, `؟`, `।`).
    static func isPunctuationScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x00A1, 0x00AB, 0x00B7, 0x00BB, 0x00BF: return true
        case 0x060C, 0x061B, 0x061F, 0x06D4, 0x0964, 0x0965: return true   // Arabic, Devanagari
        case 0x2016...0x205E: return true                                 // general punctuation
        case 0x2E00...0x2E7F: return true                                 // supplemental punctuation
        case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F: return true   // CJK punctuation
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        default: return false
        }
    }

    /// Non-ASCII scalars that are symbols rather than letters (currency, math, emoji, ...).
    static func isSymbolScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x00A2...0x00BE, 0x00D7, 0x00F7: return true           // ¢ £ ¥ § © ® ° ± × ÷
        case 0x20A0...0x20CF: return true                          // currency
        case 0x2100...0x214F: return true                          // letterlike (™, №)
        case 0x2190...0x23FF: return true                          // arrows, math, technical
        case 0x2500...0x27BF: return true                          // boxes, shapes, dingbats
        case 0x2900...0x2BFF: return true                          // arrows, math, stars (⭐)
        case 0x3012, 0x3013, 0x3020, 0x3030, 0x303D: return true
        case 0x1F000...0x1FAFF: return true                        // emoji and pictographs
        default: return isPunctuationScalar(v)
        }
    }

    /// Whether a scalar continues the character before it: combining marks, variation
    /// selectors, emoji skin-tone modifiers, tag characters and the zero-width joiners.
    static func isExtenderScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0xE0020...0xE007F, 0x1F3FB...0x1F3FF:
            return true
        case 0x200C, 0x200D:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar is an emoji or pictograph (a token of its own that may follow a
    /// sentence end: `Great summit! 🎉`).
    @inline(__always) static func isEmojiScalar(_ v: UInt32) -> Bool {
        (v >= 0x1F000 && v <= 0x1FAFF) || (v >= 0x2600 && v <= 0x27BF) || (v >= 0x2B00 && v <= 0x2BFF)
    }

    /// Regional indicator letters: two of them spell a flag (`🇰🇷`).
    @inline(__always) static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }

    /// Whether the scalar starting at `i` is a bullet used to start list items.
    static func isBullet(_ bytes: TextBytes, _ i: Int) -> Bool {
        let v = scalar(bytes, i)
        return v == 0x2022 || v == 0x2023 || v == 0x25CF || v == 0x25AA || v == 0x25A0 || v == 0x00B7
            || v == 0x2043 || v == 0x25E6 || v == 0x27A2 || v == 0x25B6 || v == 0x2219
    }

    /// Whether the position starts a letter (ASCII, or a non-ASCII scalar that is not
    /// punctuation or a symbol).
    @inline(__always) static func isLetter(_ bytes: TextBytes, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILetter(b) }
        if b < 0xC0 { return true }   // continuation byte: part of a letter already begun
        switch b {
        case 0xC2, 0xC3, 0xD8, 0xDB, 0xE0, 0xE2, 0xE3, 0xEF, 0xF0...0xFF:
            return !isSymbolScalar(scalar(bytes, i))
        default:
            return true   // blocks without listed symbols: Latin, Greek, Cyrillic, Hangul, CJK ...
        }
    }

    /// Whether the position starts an uppercase letter. Letters of scripts without case (CJK,
    /// Hangul, Arabic, Devanagari) count as capitals: they can open a sentence.
    static func isUpperStart(_ bytes: TextBytes, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isUpper(b) }
        let v = scalar(bytes, i)
        if isSymbolScalar(v) || isExtenderScalar(v) { return false }
        guard let s = Unicode.Scalar(v) else { return false }
        let p = s.properties
        return p.isUppercase || (p.isAlphabetic && !p.isLowercase)
    }

    /// Whether the position starts a lowercase letter (`a`, `é`, `д`).
    static func isLowerStart(_ bytes: TextBytes, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isLower(b) }
        guard let s = Unicode.Scalar(scalar(bytes, i)) else { return false }
        return s.properties.isLowercase
    }
}
