"""One module per page: its HTML route and the JSON route behind it, both from one data function."""
