"""resparse inside other systems: :mod:`resparse.integrations.dask` runs ``refs`` over a Dask cluster."""
