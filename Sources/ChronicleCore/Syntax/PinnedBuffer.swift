#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed-size buffer of plain values in memory aligned to 2 MB and, on Linux, backed by
/// huge pages when the system allows it (`madvise(MADV_HUGEPAGE)`).
///
/// The weight tables are probed at random across tens of megabytes; with 4 KB pages nearly
/// every probe also misses the TLB and walks the page tables, which costs about as much as
/// the cache miss itself. With 2 MB pages a 32 MB table needs only 16 TLB entries.
/// The buffer is written by its creator right after allocation and only read once shared.
///
/// ```swift
/// let buffer = PinnedBuffer<UInt32>(zeroed: 3)
/// buffer.pointer[2] = 7
/// ```
final class PinnedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The first element; valid while the buffer lives.
    let pointer: UnsafeMutablePointer<Element>
    /// The number of elements.
    let count: Int

    private static var hugePage: Int { 2 << 20 }

    /// Allocates `count` elements whose bytes are all zero.
    init(zeroed count: Int) {
        self.count = count
        let bytes = max(1, count * MemoryLayout<Element>.stride)
        let huge = bytes >= Self.hugePage
        let alignment = huge ? Self.hugePage : 64
        let rounded = (bytes + alignment - 1) / alignment * alignment
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, alignment, rounded) == 0, let raw else {
            fatalError("cannot allocate \(rounded) bytes for a weight table")
        }
        #if os(Linux)
        if huge { _ = madvise(raw, rounded, 14) }   // MADV_HUGEPAGE
        #endif
        memset(raw, 0, rounded)
        pointer = raw.bindMemory(to: Element.self, capacity: max(1, count))
    }

    deinit { free(pointer) }
}
