#pragma once
// How a store's put() writes a record exactly as given (backup restore, sync, save()).

namespace saib {

struct PutOptions {
    // False: the record's text is not added to the search index, so a bulk writer (a
    // first sync) can index many records at once afterwards through SearchIndex. The
    // index entry of a record that put() replaces is still removed.
    bool indexSearch = true;
};

} // namespace saib
