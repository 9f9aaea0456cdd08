# Every third-party dependency is found here once; targets link the imported targets.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Charts Sql Network Concurrent Test LinguistTools)
find_package(PkgConfig REQUIRED)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx>=6.4)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
find_package(spdlog REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
# zlib inflates gzip-compressed input files (etl/text_stream.cpp).
find_package(ZLIB REQUIRED)

# Debian's xgboost CMake config imports /usr/bin/xgboost, which only the CLI package ships,
# so the C API is found by hand.
find_path(XGBOOST_INCLUDE_DIR xgboost/c_api.h REQUIRED)
find_library(XGBOOST_LIBRARY NAMES xgboost REQUIRED)
if(NOT TARGET kestrel::xgboost)
  add_library(kestrel::xgboost UNKNOWN IMPORTED)
  set_target_properties(kestrel::xgboost PROPERTIES
    IMPORTED_LOCATION "${XGBOOST_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${XGBOOST_INCLUDE_DIR}")
endif()

# nanoflann (KD-tree for DBSCAN) is header-only; Debian's package ships no usable target in every
# version, so its header is found directly.
find_path(NANOFLANN_INCLUDE_DIR nanoflann.hpp REQUIRED)
# LBFGSpp (header-only L-BFGS on Eigen) fits the BG/NBD and Gamma-Gamma models.
find_path(LBFGSPP_INCLUDE_DIR LBFGS.h REQUIRED)

if(KESTREL_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(KESTREL_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
