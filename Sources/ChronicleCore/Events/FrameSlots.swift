/// Which argument slots a clause frame fills, as bits: a quick test that rules out most of a
/// verb's patterns before their constraints are checked.
///
/// A pattern's required (non-optional) constraints each need a chunk in their slot (`obj`, a
/// preposition, `xcomp`, `ccomp`); a frame that lacks one of those slots cannot satisfy it.
/// Prepositions of ``ClauseWords/prepositions`` have a bit each; any other slot word shares
/// the last bit, so the test only ever rules out patterns that would fail.
///
/// ```swift
/// let need = FrameSlots.bit(.preposition, "with")      // the `with=` slot
/// frameSlots & need == need                            // the frame has a with-chunk
/// ```
enum FrameSlots {
    static let object: UInt64 = 1 << 0
    static let xcomp: UInt64 = 1 << 1
    static let ccomp: UInt64 = 1 << 2
    /// A slot word without a bit of its own.
    static let other: UInt64 = 1 << 63

    /// Bits 3… for the listed prepositions, in alphabetical order.
    private static let prepositions: [String: UInt64] = {
        var bits: [String: UInt64] = [:]
        for (k, p) in ClauseWords.prepositions.sorted().enumerated() where k + 3 < 63 {
            bits[p] = 1 << UInt64(k + 3)
        }
        return bits
    }()

    /// The bit of a constraint's slot.
    static func bit(_ kind: EventPattern.Constraint.SlotKind, _ slot: String) -> UInt64 {
        switch kind {
        case .object: object
        case .xcomp: xcomp
        case .ccomp: ccomp
        case .modifier: other
        case .preposition: preposition(slot)
        case .subject: 0
        }
    }

    /// The bit of a chunk's preposition.
    static func preposition(_ word: String) -> UInt64 { prepositions[word] ?? other }

    /// The slots a frame fills, reading its object as `object` (the subject, for a passive
    /// frame read in active voice).
    static func of(_ f: ClauseFrame, object: FrameArgument?, frames: [ClauseFrame]) -> UInt64 {
        var bits: UInt64 = object == nil ? 0 : Self.object
        for o in f.obliques { bits |= preposition(o.preposition ?? "") }
        if let k = f.complement, k < frames.count {
            if frames[k].kind == .xcomp { bits |= xcomp }
            if frames[k].kind == .ccomp { bits |= ccomp }
        }
        return bits
    }
}
