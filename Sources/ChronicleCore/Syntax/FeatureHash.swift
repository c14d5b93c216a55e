/// Hashing of feature templates and their values into 32-bit feature keys.
///
/// The tagger and the parser never build a `String` per feature: each token's word, suffixes
/// and shape are hashed once (``string(_:)``), and a feature is the mix of a template number
/// and one to three such values (``key(_:_:_:_:)``). Collisions in the 32-bit space are rare
/// (about a hundred among a million features) and harmless to a perceptron.
enum FeatureHash {
    /// A 64-bit finalizer (MurmurHash3 `fmix64`): every input bit affects every output bit.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xff51afd7ed558ccd
        x ^= x >> 33
        x &*= 0xc4ceb9fe1a85ec53
        x ^= x >> 33
        return x
    }

    /// The key of template `template` with values `a`, `b`, `c`; never 0 (0 marks an empty slot).
    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt32 {
        var h = mix(template &* 0x9E3779B97F4A7C15 ^ a)
        h = mix(h ^ (b &* 0xC2B2AE3D27D4EB4F))
        h = mix(h ^ (c &* 0x165667B19E3779F9))
        let k = UInt32(truncatingIfNeeded: h >> 32)
        return k == 0 ? 1 : k
    }

    /// FNV-1a over the UTF-8 bytes of `text`, finalized; used once per token and affix.
    static func string<S: StringProtocol>(_ text: S) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h &*= 0x100000001b3
        }
        return mix(h)
    }

    /// FNV-1a over a slice of bytes, finalized like ``string(_:)`` (same hash for the same bytes).
    @inline(__always)
    static func bytes<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            h ^= UInt64(byte)
            h &*= 0x100000001b3
        }
        return mix(h)
    }
}

/// A small deterministic random generator (SplitMix64) so that training with a seed always
/// produces the same model bytes.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
