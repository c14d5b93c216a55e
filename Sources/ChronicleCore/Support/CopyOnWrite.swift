/// A value kept in one shared, reference-counted box and copied only when it is changed while
/// shared: a struct of many strings then copies as one retain.
///
/// The readers pass actor mentions and spans around (focus lists, frames, candidates) far more
/// often than they change them; with their fields in a `CopyOnWrite`, each of those copies
/// retains one object instead of every string.
///
/// ```swift
/// var a = CopyOnWrite(Fields(text: "Tokyo", country: "JPN"))
/// let b = a                 // shares the box
/// a.value.country = "JP"    // `a` gets its own box first; `b` is unchanged
/// ```
struct CopyOnWrite<Value> {
    /// Mutated only through ``value``'s `_modify`, which first makes the box unique.
    private final class Box: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    /// The value: read in place, and changed in place once the box is this copy's alone.
    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

extension CopyOnWrite: Sendable where Value: Sendable {}

extension CopyOnWrite: Equatable where Value: Equatable {
    static func == (a: CopyOnWrite, b: CopyOnWrite) -> Bool { a.box === b.box || a.value == b.value }
}

extension CopyOnWrite: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}
