/// Decodes character references in HTML and XML text: named (`&eacute;`, the HTML 4 set plus
/// the punctuation names of HTML 5 that news pages use), decimal (`&#8217;`) and hex (`&#x2019;`).
///
/// Unknown names are left as they are; numeric references to nothing (0, surrogates, beyond
/// U+10FFFF) become U+FFFD, and 128–159 are read as Windows-1252, as browsers do.
///
/// ```swift
/// HTMLEntities.decode("Moon&nbsp;Jae-in &amp; Kim &#8211; &#x201C;peace&#x201D;")
/// // "Moon\u{A0}Jae-in & Kim – “peace”"
/// ```
enum HTMLEntities {
    /// Decodes the references in `text`.
    static func decode(_ text: String, xmlOnly: Bool = false) -> String {
        decode(Array(text.utf8)[...], xmlOnly: xmlOnly)
    }

    /// Decodes the references in `bytes`.
    static func decode(_ bytes: ArraySlice<UInt8>, xmlOnly: Bool) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        append(bytes, to: &out, xmlOnly: xmlOnly)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `bytes` to `out` with references decoded.
    static func append(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8], xmlOnly: Bool) {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b != UInt8(ascii: "&") {
                out.append(b)
                i += 1
                continue
            }
            if let (scalar, length) = reference(bytes, at: i, xmlOnly: xmlOnly) {
                appendUTF8(scalar, to: &out)
                i += length
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// The scalar a reference at `i` (which holds `&`) stands for, and the reference's length.
    private static func reference(_ bytes: ArraySlice<UInt8>, at i: Int, xmlOnly: Bool) -> (UInt32, Int)? {
        let end = bytes.endIndex
        var k = i + 1
        guard k < end else { return nil }
        if bytes[k] == UInt8(ascii: "#") {
            k += 1
            var hex = false
            if k < end, bytes[k] == UInt8(ascii: "x") || bytes[k] == UInt8(ascii: "X") { hex = true; k += 1 }
            let digitsStart = k
            var value: UInt32 = 0
            while k < end, k - digitsStart < 8 {
                let d = bytes[k]
                if ReaderBytes.isDigit(d) { value = value &* (hex ? 16 : 10) &+ UInt32(d - 48) }
                else if hex, let h = hexValue(d) { value = value &* 16 &+ h }
                else { break }
                k += 1
            }
            guard k > digitsStart else { return nil }
            if k < end, bytes[k] == UInt8(ascii: ";") { k += 1 }
            return (numericScalar(value), k - i)
        }
        let nameStart = k
        while k < end, ReaderBytes.isAlnum(bytes[k]), k - nameStart < 32 { k += 1 }
        guard k > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<k], as: UTF8.self)
        let terminated = k < end && bytes[k] == UInt8(ascii: ";")
        if xmlOnly {
            guard terminated, let value = xmlNames[name] else { return nil }
            return (value, k + 1 - i)
        }
        if terminated, let value = table[name] { return (value, k + 1 - i) }
        // Legacy pages write `&amp` or `&nbsp` without the semicolon.
        if !terminated, let value = legacyUnterminated[name] { return (value, k - i) }
        return nil
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        default: return nil
        }
    }

    private static func numericScalar(_ value: UInt32) -> UInt32 {
        if value >= 0x80, value <= 0x9F {
            let mapped = TextDecoding.cp1252High[Int(value - 0x80)]
            return mapped == 0 ? 0xFFFD : mapped
        }
        if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return 0xFFFD }
        return value
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (value >> 18)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    private static let xmlNames: [String: UInt32] = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39]

    private static let legacyUnterminated: [String: UInt32] = [
        "amp": 38, "lt": 60, "gt": 62, "quot": 34, "nbsp": 160, "copy": 169, "reg": 174,
    ]

    /// Named references: the 252 of HTML 4 plus HTML 5 punctuation names.
    static let table: [String: UInt32] = {
        var t: [String: UInt32] = [:]
        // Latin-1: U+00A0 to U+00FF, in code point order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
            deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
            Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
            ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
            agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
            eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """.split(separator: " ")
        for (n, name) in latin1.enumerated() { t[String(name)] = 0xA0 + UInt32(n) }
        // Greek: capitals U+0391–U+03A9 (no U+03A2), small U+03B1–U+03C9.
        let greek = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa",
                     "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon",
                     "Phi", "Chi", "Psi", "Omega"]
        for (n, name) in greek.enumerated() where !name.isEmpty {
            t[name] = 0x391 + UInt32(n)
            t[name.lowercased()] = 0x3B1 + UInt32(n)
        }
        t["sigmaf"] = 0x3C2
        let others: [(String, UInt32)] = [
            ("quot", 34), ("amp", 38), ("lt", 60), ("gt", 62), ("apos", 39),
            ("OElig", 338), ("oelig", 339), ("Scaron", 352), ("scaron", 353), ("Yuml", 376),
            ("fnof", 402), ("circ", 710), ("tilde", 732), ("thetasym", 977), ("upsih", 978), ("piv", 982),
            ("ensp", 8194), ("emsp", 8195), ("thinsp", 8201), ("zwnj", 8204), ("zwj", 8205),
            ("lrm", 8206), ("rlm", 8207), ("ndash", 8211), ("mdash", 8212), ("lsquo", 8216),
            ("rsquo", 8217), ("sbquo", 8218), ("ldquo", 8220), ("rdquo", 8221), ("bdquo", 8222),
            ("dagger", 8224), ("Dagger", 8225), ("bull", 8226), ("hellip", 8230), ("permil", 8240),
            ("prime", 8242), ("Prime", 8243), ("lsaquo", 8249), ("rsaquo", 8250), ("oline", 8254),
            ("frasl", 8260), ("euro", 8364), ("image", 8465), ("weierp", 8472), ("real", 8476),
            ("trade", 8482), ("alefsym", 8501), ("larr", 8592), ("uarr", 8593), ("rarr", 8594),
            ("darr", 8595), ("harr", 8596), ("crarr", 8629), ("lArr", 8656), ("uArr", 8657),
            ("rArr", 8658), ("dArr", 8659), ("hArr", 8660), ("forall", 8704), ("part", 8706),
            ("exist", 8707), ("empty", 8709), ("nabla", 8711), ("isin", 8712), ("notin", 8713),
            ("ni", 8715), ("prod", 8719), ("sum", 8721), ("minus", 8722), ("lowast", 8727),
            ("radic", 8730), ("prop", 8733), ("infin", 8734), ("ang", 8736), ("and", 8743),
            ("or", 8744), ("cap", 8745), ("cup", 8746), ("int", 8747), ("there4", 8756),
            ("sim", 8764), ("cong", 8773), ("asymp", 8776), ("ne", 8800), ("equiv", 8801),
            ("le", 8804), ("ge", 8805), ("sub", 8834), ("sup", 8835), ("nsub", 8836),
            ("sube", 8838), ("supe", 8839), ("oplus", 8853), ("otimes", 8855), ("perp", 8869),
            ("sdot", 8901), ("lceil", 8968), ("rceil", 8969), ("lfloor", 8970), ("rfloor", 8971),
            ("lang", 9001), ("rang", 9002), ("loz", 9674), ("spades", 9824), ("clubs", 9827),
            ("hearts", 9829), ("diams", 9830),
            // HTML 5 names for ASCII punctuation and typography seen in news markup.
            ("Tab", 9), ("NewLine", 10), ("excl", 33), ("num", 35), ("dollar", 36), ("percnt", 37),
            ("lpar", 40), ("rpar", 41), ("ast", 42), ("plus", 43), ("comma", 44), ("period", 46),
            ("sol", 47), ("colon", 58), ("semi", 59), ("equals", 61), ("quest", 63), ("commat", 64),
            ("lsqb", 91), ("lbrack", 91), ("bsol", 92), ("rsqb", 93), ("rbrack", 93), ("Hat", 94),
            ("lowbar", 95), ("grave", 96), ("lcub", 123), ("lbrace", 123), ("verbar", 124),
            ("vert", 124), ("rcub", 125), ("rbrace", 125), ("hyphen", 8208), ("dash", 8208),
            ("horbar", 8213), ("ZeroWidthSpace", 8203), ("NoBreak", 8288), ("bullet", 8226),
            ("nldr", 8229), ("mldr", 8230), ("lsquor", 8218), ("rsquor", 8217), ("ldquor", 8222),
            ("rdquor", 8221), ("centerdot", 183), ("middot", 183), ("half", 189), ("nbsp", 160),
            ("NonBreakingSpace", 160), ("numsp", 8199), ("puncsp", 8200), ("hairsp", 8202),
            ("emsp13", 8196), ("emsp14", 8197), ("check", 10003), ("cross", 10007), ("star", 9734),
            ("starf", 9733), ("trade", 8482), ("TRADE", 8482), ("COPY", 169), ("REG", 174),
            ("AMP", 38), ("LT", 60), ("GT", 62), ("QUOT", 34), ("deg", 176), ("times", 215),
        ]
        for (name, value) in others { t[name] = value }
        return t
    }()
}
