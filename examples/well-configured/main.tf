# The same system as examples/incident-2019, built the way it should have been:
# the search cluster and the database live in private subnets with no route from
# the internet, security groups admit only the application tier, buckets block
# public access, and backups replicate within the same jurisdiction.
# Scanned on its own it reports only info-level inventory of where data flows.

provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "dr"
  region = "us-east-1"
}

locals {
  name = "camera-production"
  tags = {
    Project             = "camera-cloud"
    data-classification = "pii"
  }
}

data "aws_caller_identity" "current" {}
