# Nightly exports of device telemetry.
resource "aws_s3_bucket" "exports" {
  bucket = "${local.name}-exports"
  tags   = local.tags
}

resource "aws_s3_bucket_acl" "exports" {
  bucket = aws_s3_bucket.exports.id
  acl    = "public-read"
}

resource "aws_s3_bucket_versioning" "exports" {
  bucket = aws_s3_bucket.exports.id
  versioning_configuration {
    status = "Enabled"
  }
}

# The replica, in another jurisdiction.
resource "aws_s3_bucket" "exports_replica" {
  provider = aws.replica
  bucket   = "${local.name}-exports-replica"
}

resource "aws_s3_bucket_versioning" "exports_replica" {
  provider = aws.replica
  bucket   = aws_s3_bucket.exports_replica.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "replication" {
  name = "${local.name}-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket_replication_configuration" "exports" {
  depends_on = [aws_s3_bucket_versioning.exports]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.exports.id

  rule {
    id     = "everything"
    status = "Enabled"
    destination {
      bucket        = aws_s3_bucket.exports_replica.arn
      storage_class = "STANDARD"
    }
  }
}
